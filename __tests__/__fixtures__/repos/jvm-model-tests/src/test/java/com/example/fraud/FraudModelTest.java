package com.example.fraud;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FraudModelTest {
    private final FraudModel model = FraudModel.train(Transactions.sample(500, 7));

    @Test
    void saveThenLoadRoundTripGivesSameScores(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("fraud.tribuo");
        model.save(file);
        FraudModel loaded = FraudModel.load(file);
        Transaction t = Transactions.sample(1, 3).first();
        assertEquals(model.score(t), loaded.score(t), 1e-9);
    }

    @Test
    void scoreIsInvariantToMerchantNameCase() {
        Transaction lower = Transaction.of(120.0, "DE", "coffee shop");
        Transaction upper = Transaction.of(120.0, "DE", "COFFEE SHOP");
        assertEquals(model.score(lower), model.score(upper), 1e-9);
    }
}
