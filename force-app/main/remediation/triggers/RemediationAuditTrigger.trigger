/**
 * Stores remediation audit events (published immediately, so they survive a rolled-back step).
 */
trigger RemediationAuditTrigger on Remediation_Audit__e(after insert) {
    RemediationAuditStore.store(Trigger.new);
}
