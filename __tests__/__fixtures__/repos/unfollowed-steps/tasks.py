from invoke import task


@task
def integration(c):
    c.run("pytest tests/integration")
