"""What the staff workflow adds to the shared page layer (portal.registry)."""

# A change approved for a later time goes live by itself then (portal.workflow.scheduled): the render cache keeps
# no page past that instant.
PUBLICATION_INSTANTS = [("workflow.PendingChange", ("go_live_at",))]
