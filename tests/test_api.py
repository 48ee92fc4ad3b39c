import doctest
import importlib
import pkgutil

import pytest

import diplomeet


def test_all_is_the_public_namespace():
    public = {n for n in dir(diplomeet) if not n.startswith("_")}
    modules = {m.name for m in pkgutil.iter_modules(diplomeet.__path__)}
    assert public - modules - {"annotations"} == set(diplomeet.__all__) - {"__version__"}


def test_everything_public_has_a_docstring():
    for name in diplomeet.__all__:
        obj = getattr(diplomeet, name)
        if callable(obj) or isinstance(obj, type):
            assert obj.__doc__, name


MODULES = sorted(
    m.name
    for m in pkgutil.walk_packages(diplomeet.__path__, "diplomeet.")
    if m.name not in {"diplomeet.__main__"}
)


@pytest.mark.parametrize("name", MODULES)
def test_doctests(name):
    module = importlib.import_module(name)
    result = doctest.testmod(module, optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)
    assert result.failed == 0
