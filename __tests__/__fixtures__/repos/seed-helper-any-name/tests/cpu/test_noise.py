from ranker.noise import jitter, reshuffle


def test_jitter_keeps_the_length():
    reshuffle()
    values = [0.1, 0.2, 0.3]
    assert len(jitter(values)) == len(values)
