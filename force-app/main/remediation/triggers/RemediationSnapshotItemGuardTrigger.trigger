/**
 * Refuses any insert, update or delete of Remediation_Snapshot_Item__c that does not come through License Steward's own store
 * (RemediationRecordStore): UI, API, Data Loader and subscriber Apex, whatever their object permissions.
 */
trigger RemediationSnapshotItemGuardTrigger on Remediation_Snapshot_Item__c(
    before insert,
    before update,
    before delete
) {
    RemediationRecordStore.refuseOutsideStore(Trigger.isDelete ? Trigger.old : Trigger.new);
}
