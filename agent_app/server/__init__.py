"""The Agent Desk server: the central store behind an authenticated HTTPS API.

It runs the existing services in-process (the business rules do not move or fork): a desktop
sends a service call by name (services.wire), the server runs it on its store with the
session's actor. It is the only thing that holds the store's credentials, the certificate
signing key and the outbox sealing key, and it runs the jobs. See docs/server.md.
"""
