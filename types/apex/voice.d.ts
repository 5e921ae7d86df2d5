/** Mirrors of the Apex DTOs returned by VoiceMinutesController (checked by the contract test). */

/** Apex: VoiceLegDto */
export interface VoiceLegDto {
    key: string;
    parentKey: string | null;
    kind: 'PRIMARY' | 'TRANSFER' | 'EXTERNAL' | 'CONSULT';
    callType: string | null;
    category: 'INBOUND' | 'OUTBOUND' | 'TRANSFER' | 'OTHER';
    /** Epoch seconds (UTC). */
    startSecond: number;
    durationSeconds: number;
    voiceSeconds: number;
    telephonySeconds: number;
    voiceReason: string;
    telephonyReason: string;
    label: string | null;
}

/** Apex: VoiceCallDto */
export interface VoiceCallDto {
    rootKey: string;
    /** Epoch seconds (UTC). */
    startSecond: number;
    durationSeconds: number;
    voiceSeconds: number;
    telephonySeconds: number;
    orphan: boolean;
    looping: boolean;
    legs: VoiceLegDto[];
}

/** Apex: VoiceMonthDto */
export interface VoiceMonthDto {
    /** YYYY-MM (UTC). */
    month: string;
    status: 'NotComputed' | 'Running' | 'Complete' | 'Failed';
    roundingMode: 'INCREMENT' | 'PER_SECOND_MINIMUM' | null;
    legs: number | null;
    calls: number | null;
    voiceSeconds: number | null;
    telephonySeconds: number | null;
    telephonyInboundSeconds: number | null;
    telephonyOutboundSeconds: number | null;
    telephonyTransferSeconds: number | null;
    telephonyOtherSeconds: number | null;
    averageCallSeconds: number | null;
    longestCallSeconds: number | null;
    longestCallKey: string | null;
    orphanLegs: number | null;
    loopingLegs: number | null;
    continuationLegs: number | null;
    zeroSecondLegs: number | null;
    linkedByPreviousCallId: number | null;
    linkedByParentVoiceCallId: number | null;
    linkedByVendorParentCallKey: number | null;
    /** ISO datetime. */
    computedAt: string | null;
    message: string | null;
    topCalls: VoiceCallDto[];
}

/** Apex: VoiceBalanceDto */
export interface VoiceBalanceDto {
    balanceMinutes: number | null;
    /** YYYY-MM-DD. */
    asOfDate: string | null;
    dailyVoiceMinutes: number | null;
    basisDays: number | null;
    /** YYYY-MM, newest first. */
    basisMonths: string[];
    minimumBasisDays: number;
    projectionStatus: 'Projected' | 'NoBalance' | 'TooLittleData' | 'NoConsumption';
    /** YYYY-MM-DD. */
    projectedExhaustionDate: string | null;
}

/** Apex: VoiceUsageDto */
export interface VoiceUsageDto {
    voiceEnabled: boolean;
    message: string | null;
    roundingMode: 'INCREMENT' | 'PER_SECOND_MINIMUM';
    currentMonth: string;
    selectedMonth: string;
    selected: VoiceMonthDto | null;
    trend: VoiceMonthDto[];
    balance: VoiceBalanceDto | null;
    nightlyScheduled: boolean | null;
}

/** Apex: VoiceRecomputeDto */
export interface VoiceRecomputeDto {
    month: string;
    /** Null when no batch is marked on the month (progress). */
    jobId: string | null;
    message: string;
    running: boolean;
    itemsProcessed: number;
    totalItems: number;
    percent: number;
}

/** Apex: VoiceMinutesSettingsDto */
export interface VoiceMinutesSettingsDto {
    roundingMode: 'INCREMENT' | 'PER_SECOND_MINIMUM';
    defaultRoundingMode: 'INCREMENT' | 'PER_SECOND_MINIMUM';
}
