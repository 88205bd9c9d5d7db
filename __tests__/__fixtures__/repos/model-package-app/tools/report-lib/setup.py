from setuptools import find_packages, setup

setup(
    name="report-lib",
    version="1.2.0",
    packages=find_packages(),
    package_data={"report_lib": ["templates/*.html"]},
)
