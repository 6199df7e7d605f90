"""The pure core: model, loading, composition. Imports neither rich nor textual."""
