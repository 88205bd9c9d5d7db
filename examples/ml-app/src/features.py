"""The columns the model reads, shared by training, evaluation and serving."""
FEATURES = ["tenure_months", "monthly_charges", "support_calls", "logins_last_30d"]
TARGET = "churned"
