import gc
def test_zz_collect() -> None:
    gc.collect()
