/**
 * Refuses any insert, update or delete of Remediation_Step__c that does not come through License Steward's own store
 * (RemediationRecordStore): UI, API, Data Loader and subscriber Apex, whatever their object permissions.
 */
trigger RemediationStepGuardTrigger on Remediation_Step__c(before insert, before update, before delete) {
    RemediationRecordStore.refuseOutsideStore(Trigger.isDelete ? Trigger.old : Trigger.new);
}
