//! Unit tests of the domain core, each citing the section of `TRAINING_MODEL.md` it checks.
