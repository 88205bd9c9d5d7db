package com.example.fraud;

import java.io.IOException;
import java.nio.file.Path;
import org.tribuo.Model;
import org.tribuo.classification.Label;
import org.tribuo.classification.xgboost.XGBoostClassificationTrainer;

public final class FraudModel {
    private final Model<Label> model;

    private FraudModel(Model<Label> model) {
        this.model = model;
    }

    public static FraudModel train(Transactions data) {
        var trainer = new XGBoostClassificationTrainer(200);
        return new FraudModel(trainer.train(data.asDataset()));
    }

    public double score(Transaction t) {
        return model.predict(t.asExample()).getLabelScore(new Label("fraud")).orElse(0.0);
    }

    public void save(Path path) throws IOException {
        model.serializeToFile(path);
    }

    @SuppressWarnings("unchecked")
    public static FraudModel load(Path path) throws IOException {
        return new FraudModel((Model<Label>) Model.deserializeFromFile(path));
    }
}
