import pytest

from slugify_lite import slugify


@pytest.mark.parametrize(
    ("title", "slug"),
    [("Hello, World!", "hello-world"), ("Crème brûlée", "creme-brulee"), ("  spaces  ", "spaces")],
)
def test_slugify(title, slug):
    assert slugify(title) == slug
