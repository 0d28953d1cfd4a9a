"""The `willing` command: a thin shell over the services."""
