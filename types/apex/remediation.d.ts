/** Mirrors of the Apex DTOs returned by RemediationController (checked by the contract test). See docs/api/remediation.md. */

export type RemediationPlanType = 'VOICE_PSL_FIX' | 'RECLAIM_UNNEEDED_PSL' | 'RECLAIM_PACKAGE_SEATS';
export type RemediationRunStatus = 'Draft' | 'Scheduled' | 'Running' | 'Paused' | 'Completed' | 'Failed' | 'Undone';
export type RemediationStepStatus = 'Pending' | 'Running' | 'Completed' | 'Failed' | 'Skipped';
export type RemediationCheckStatus = 'pass' | 'warn' | 'fail';
export type RemediationSnapshotKind = 'USER' | 'CONNECTED_APP' | 'PSL_ASSIGNMENT' | 'PACKAGE_SEAT';

/** Apex: RemediationCheckDto */
export interface RemediationCheckDto {
    key: string;
    label: string;
    status: RemediationCheckStatus;
    message: string;
    detail: string | null;
}

/** Apex: RemediationDiagnosisDto */
export interface RemediationDiagnosisDto {
    planType: RemediationPlanType;
    affected: boolean;
    affectedReason: string;
    summary: string;
    canProceed: boolean;
    checks: RemediationCheckDto[];
    permissionSetId: string | null;
    permissionSetLabel: string | null;
    permissionSetName: string | null;
    licenseDeveloperName: string | null;
    licenseLabel: string | null;
    seatsTotal: number | null;
    seatsUsed: number | null;
    seatsToFree: number;
    userCount: number;
    connectedAppCount: number;
    snapshotSize: number;
    estimatedMinutes: number;
    activeRunId: string | null;
    orgName: string | null;
    ssoWarning: string | null;
    candidateSets: RemediationCandidateSetDto[] | null;
}

/** Apex: RemediationCandidateSetDto */
export interface RemediationCandidateSetDto {
    id: string;
    name: string;
    label: string;
    expectedName: boolean;
    holderCount: number;
    partnerHolderCount: number;
}

/** Apex: RemediationStepDto */
export interface RemediationStepDto {
    id: string;
    sequence: number;
    stepKey: string;
    label: string;
    status: RemediationStepStatus;
    undoStatus: RemediationStepStatus | null;
    totalItems: number | null;
    processedItems: number;
    errorCount: number;
    chunkCount: number;
    startedAt: string | null;
    completedAt: string | null;
    message: string | null;
    lastError: string | null;
}

/** Apex: RemediationAuditEntryDto */
export interface RemediationAuditEntryDto {
    id: string;
    occurredAt: string;
    actorName: string | null;
    stepKey: string | null;
    action: string;
    level: 'INFO' | 'WARN' | 'ERROR';
    message: string;
    itemCount: number | null;
    errorCount: number | null;
    details: string | null;
}

/** Apex: RemediationRunDto */
export interface RemediationRunDto {
    id: string;
    name: string;
    planType: RemediationPlanType;
    status: RemediationRunStatus;
    direction: 'Forward' | 'Undo';
    /** Why the run is held: ADMIN/BUSINESS_HOURS/REAPPROVAL/AUTHORITY while Paused; INTEGRITY when its seal did not match. */
    pauseReason: 'ADMIN' | 'BUSINESS_HOURS' | 'REAPPROVAL' | 'AUTHORITY' | 'INTEGRITY' | null;
    businessHoursId: string | null;
    businessHoursName: string | null;
    scheduledStart: string | null;
    nextScheduledTime: string | null;
    startedAt: string | null;
    finishedAt: string | null;
    createdAt: string;
    requestedByName: string | null;
    licenseDeveloperName: string | null;
    licenseLabel: string | null;
    totalSteps: number;
    completedSteps: number;
    currentStepKey: string | null;
    progressPercent: number;
    snapshotUserCount: number;
    snapshotAppCount: number;
    seatsExpectedToFree: number;
    seatsUsedBefore: number | null;
    seatsUsedAfter: number | null;
    verificationMessage: string | null;
    estimatedMinutes: number;
    lastError: string | null;
    /** Admin who last scheduled, resumed or undid the run (the user it runs as). */
    scheduledByName: string | null;
    /** CREATED or ADOPTED once CREATE_NEW_SET ran: undo deletes only a CREATED set. */
    newSetOrigin: 'CREATED' | 'ADOPTED' | null;
    /** Audit events EventBus.publish refused for this run (0 when none). */
    auditPublishFailures: number;
    /** What was refused (action, message, platform error); null when nothing was. */
    auditPublishError: string | null;
    canPause: boolean;
    canResume: boolean;
    canUndo: boolean;
    canSchedule: boolean;
    steps: RemediationStepDto[] | null;
    auditEntries: RemediationAuditEntryDto[] | null;
}

/** Apex: RemediationSnapshotItemDto */
export interface RemediationSnapshotItemDto {
    id: string;
    kind: RemediationSnapshotKind;
    recordId: string;
    name: string | null;
    detail: string | null;
    isActive: boolean | null;
    keepsLicense: boolean | null;
    state: 'Recorded' | 'Applied' | 'Restored' | 'Skipped' | 'Error';
    /** Why the operation on the row failed (state Error), e.g. a package seat taken before the undo. */
    error: string | null;
    assignmentId: string | null;
}

/** Apex: RemediationSnapshotPageDto */
export interface RemediationSnapshotPageDto {
    runId: string;
    kind: RemediationSnapshotKind | null;
    pageNumber: number;
    pageSize: number;
    totalCount: number;
    hasMore: boolean;
    items: RemediationSnapshotItemDto[];
}

/** Apex: RemediationBusinessHoursDto */
export interface RemediationBusinessHoursDto {
    id: string;
    name: string;
    isDefault: boolean;
    timeZone: string;
    summary: string;
}

/** Apex: RemediationWindowDto */
export interface RemediationWindowDto {
    startTime: string;
    endTime: string | null;
    availableMinutes: number;
    estimatedMinutes: number;
    label: string;
}

/** Apex: RemediationTimeCheckDto */
export interface RemediationTimeCheckDto {
    valid: boolean;
    message: string;
    startTime: string;
    estimatedEnd: string | null;
    businessHoursResume: string | null;
    suggestedStart: string | null;
}

/** Apex: RemediationOperationDto */
export interface RemediationOperationDto {
    sequence: number;
    stepKey: string;
    stepLabel: string;
    action: 'INSERT' | 'UPDATE' | 'DELETE' | 'RECORD';
    sObjectType: string;
    recordCount: number;
    dmlCalls: number;
    description: string;
    targets: string[];
    targetsTruncated: boolean;
}

/** Apex: RemediationDryRunDto */
export interface RemediationDryRunDto {
    runId: string;
    planType: RemediationPlanType;
    direction: 'Forward' | 'Undo';
    operations: RemediationOperationDto[];
    totalRecords: number;
    totalDmlCalls: number;
    seatsToFree: number;
    summary: string;
}
