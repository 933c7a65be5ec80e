"""The shared entity catalogue: names of countries, blocs and organisations."""

from tracker.entities.catalogue import Catalogue, CatalogueError, Entity, load_catalogue

__all__ = ["Catalogue", "CatalogueError", "Entity", "load_catalogue"]
