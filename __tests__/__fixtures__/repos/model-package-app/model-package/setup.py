from pathlib import Path

from setuptools import find_packages, setup

ROOT = Path(__file__).resolve().parent
VERSION = (ROOT / "price_model" / "VERSION").read_text().strip()

setup(
    name="price-model",
    version=VERSION,
    description="The house-price regression model, trained pipeline included.",
    packages=find_packages(exclude=("tests",)),
    package_data={"price_model": ["VERSION"]},
    include_package_data=True,
    install_requires=(ROOT / "requirements.txt").read_text().splitlines(),
    classifiers=[
        "Programming Language :: Python :: 3",
        "License :: OSI Approved :: MIT License",
    ],
)
