ALPHABET = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"


def encode(n: int) -> str:
    if n < 0:
        raise ValueError("cannot encode a negative id")
    if n == 0:
        return ALPHABET[0]
    out = []
    while n:
        n, r = divmod(n, len(ALPHABET))
        out.append(ALPHABET[r])
    return "".join(reversed(out))


def decode(code: str) -> int:
    n = 0
    for ch in code:
        n = n * len(ALPHABET) + ALPHABET.index(ch)
    return n
