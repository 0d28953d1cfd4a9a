"""The pure domain core: entities, labels and errors. No I/O lives here."""
