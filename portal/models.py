"""Models of the shared page layer. Content apps build on ``portal.publication.Publishable``."""
