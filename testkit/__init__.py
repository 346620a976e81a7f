"""What the tests and the benchmarks share: local servers on free ports, fresh
databases, a private Mosquitto, the stand-ins for Bot Framework, Rasa and a home's
devices, and the fault run. Test code, never imported by the product (bot/, voice/,
nlu/, actions/: an import contract in pyproject.toml)."""
