package com.example.fraud;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TransactionsTest {
    @Test
    void sliceOfFirstRowsKeepsOrder() {
        Transactions all = Transactions.sample(10, 1);
        assertEquals(all.first(), all.slice(0, 3).first());
    }
}
