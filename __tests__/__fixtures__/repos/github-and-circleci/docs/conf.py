project = "tabflow"
