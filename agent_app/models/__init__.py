"""The tables, and nothing else: no business rules, no Qt, no queries."""

from __future__ import annotations

from agent_app.models.accident import (
    AccidentCertificate,
    AccidentInsuredPerson,
    AccidentQuote,
    CertificateSigningKey,
)
from agent_app.models.agent import Agent
from agent_app.models.audit import AuditEvent
from agent_app.models.base import Base, UtcDateTime
from agent_app.models.branch import Branch
from agent_app.models.counter import Counter
from agent_app.models.customer import (
    Claim,
    ClaimRole,
    ContactChange,
    ContactVerification,
    Customer,
    CustomerIdentifier,
    CustomerSearchTerm,
    DistinctPersonConfirmation,
    Guardianship,
    Policy,
    PolicyRole,
)
from agent_app.models.enums import Market, Role
from agent_app.models.history import ChangeRecord, StoreSecret, UnknownSignIn
from agent_app.models.parameter import ParameterVersion, StoreMode
from agent_app.models.portal_code import OutboxMessage, SecurityCode
from agent_app.models.server import (
    IdempotentCall,
    JobLock,
    PortalClient,
    RateCounter,
    ServerSession,
)
from agent_app.models.zame import (
    ZameActivity,
    ZameConsent,
    ZameCoupon,
    ZameLedgerRun,
    ZameLevelChange,
    ZameMembership,
    ZamePartnerOffer,
    ZamePointsLedger,
)

__all__ = [
    "AccidentCertificate",
    "AccidentInsuredPerson",
    "AccidentQuote",
    "Agent",
    "AuditEvent",
    "Base",
    "Branch",
    "CertificateSigningKey",
    "ChangeRecord",
    "Claim",
    "ClaimRole",
    "ContactChange",
    "ContactVerification",
    "Counter",
    "Customer",
    "CustomerIdentifier",
    "CustomerSearchTerm",
    "DistinctPersonConfirmation",
    "Guardianship",
    "IdempotentCall",
    "JobLock",
    "Market",
    "OutboxMessage",
    "ParameterVersion",
    "Policy",
    "PolicyRole",
    "PortalClient",
    "RateCounter",
    "Role",
    "SecurityCode",
    "ServerSession",
    "StoreMode",
    "StoreSecret",
    "UnknownSignIn",
    "UtcDateTime",
    "ZameActivity",
    "ZameConsent",
    "ZameCoupon",
    "ZameLedgerRun",
    "ZameLevelChange",
    "ZameMembership",
    "ZamePartnerOffer",
    "ZamePointsLedger",
]
