from setuptools import find_packages, setup

setup(
    name="churn-model",
    version="0.1.0",
    packages=find_packages(),
    package_data={"churn_model": ["trained_models/*.pkl"]},
    install_requires=["scikit-learn"],
)
