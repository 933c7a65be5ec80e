"""Delivery of the digest: e-mail over SMTP and alerts through Apprise.

Delivery comes after the digest files are written, and a failure raises
``tracker.errors.DeliveryError`` without touching them; the caller records
whether delivery worked (see docs/delivery.md).
"""

from __future__ import annotations

from tracker.deliver.alerts import send_alerts
from tracker.deliver.digest_files import deliver_digest
from tracker.deliver.smtp import send_email

__all__ = ["deliver_digest", "send_alerts", "send_email"]
