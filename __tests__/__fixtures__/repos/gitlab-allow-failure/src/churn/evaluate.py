from sklearn.metrics import roc_auc_score


def auc(model, X, y):
    return roc_auc_score(y, model.predict_proba(X)[:, 1])
