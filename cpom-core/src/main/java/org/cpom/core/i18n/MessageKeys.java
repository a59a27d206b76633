package org.cpom.core.i18n;

/**
 * Every AD_Message value the core emits. Each constant exists in both catalogues (MessagesTest checks it by
 * reflection), so the dictionary generator and the iDempiere layer can rely on them.
 */
public final class MessageKeys {

    private MessageKeys() {
    }

    // generic field rules: {0} record type, {1} record, {2} field
    public static final String FIELD_MANDATORY = "CPOM_FieldMandatory";
    /** {0} record type, {1} record, {2} field, {3} actual length, {4} maximum length. */
    public static final String TEXT_TOO_LONG = "CPOM_TextTooLong";
    /** {0} record type, {1} record, {2} field, {3} the rejected stored code. */
    public static final String LIST_VALUE_INVALID = "CPOM_ListValueInvalid";

    // FINESS: {0} record, {1} field, {2} value
    public static final String FINESS_MISSING = "CPOM_FinessMissing";
    public static final String FINESS_LENGTH = "CPOM_FinessLength";
    public static final String FINESS_CHARACTERS = "CPOM_FinessCharacters";
    public static final String FINESS_DEPARTEMENT = "CPOM_FinessDepartement";
    public static final String FINESS_INVALID_KEY = "CPOM_FinessInvalidKey";
    public static final String FINESS_EG_EQUALS_EJ = "CPOM_FinessEgEqualsEj";
    public static final String FINESS_EG_DUPLICATE = "CPOM_FinessEgDuplicate";

    // establishment
    public static final String ESTABLISHMENT_CAPACITY_NEGATIVE = "CPOM_EstablishmentCapacityNegative";
    public static final String ESTABLISHMENT_INSTALLED_ABOVE_AUTHORISED = "CPOM_EstablishmentInstalledAboveAuthorised";
    public static final String ESTABLISHMENT_AUTHORISATION_END_BEFORE_START = "CPOM_EstablishmentAuthorisationEndBeforeStart";
    public static final String ESTABLISHMENT_OPENING_DAYS = "CPOM_EstablishmentOpeningDays";
    public static final String ESTABLISHMENT_DEPARTEMENT_INVALID = "CPOM_EstablishmentDepartementInvalid";
    public static final String ESTABLISHMENT_DEPARTEMENT_MISMATCH = "CPOM_EstablishmentDepartementMismatch";
    public static final String ESTABLISHMENT_ORG_REQUIRED = "CPOM_EstablishmentOrgRequired";
    public static final String ESTABLISHMENT_ORG_TAKEN = "CPOM_EstablishmentOrgTaken";
    public static final String ESTABLISHMENT_ORG_OTHER_CLIENT = "CPOM_EstablishmentOrgOtherClient";
    public static final String ESTABLISHMENT_IN_SIGNED_CONTRACT = "CPOM_EstablishmentInSignedContract";

    // contract
    public static final String CONTRACT_DATES_REVERSED = "CPOM_ContractDatesReversed";
    public static final String CONTRACT_TOO_LONG = "CPOM_ContractTooLong";
    public static final String CONTRACT_NO_AUTHORITY = "CPOM_ContractNoAuthority";
    public static final String CONTRACT_LEGAL_BASIS_MISSING = "CPOM_ContractLegalBasisMissing";
    public static final String CONTRACT_TOTAL_NEGATIVE = "CPOM_ContractTotalNegative";
    public static final String CONTRACT_SIGNED_AFTER_END = "CPOM_ContractSignedAfterEnd";
    public static final String CONTRACT_COMPLETE_NO_ESTABLISHMENT = "CPOM_ContractCompleteNoEstablishment";
    public static final String CONTRACT_COMPLETE_NO_AXIS = "CPOM_ContractCompleteNoAxis";
    public static final String CONTRACT_COMPLETE_MISSING_BUDGET = "CPOM_ContractCompleteMissingBudget";
    public static final String CONTRACT_COMPLETE_MISSING_BUDGET_MORE = "CPOM_ContractCompleteMissingBudgetMore";
    public static final String CONTRACT_TOTAL_MISMATCH = "CPOM_ContractTotalMismatch";
    public static final String CONTRACT_LOCKED_FIELD = "CPOM_ContractLockedField";
    public static final String CONTRACT_READ_ONLY = "CPOM_ContractReadOnly";
    public static final String CONTRACT_DELETE_SIGNED = "CPOM_ContractDeleteSigned";
    public static final String DOC_STATUS_TRANSITION = "CPOM_DocStatusTransition";

    // perimeter
    public static final String PERIMETER_OVERLAP = "CPOM_PerimeterOverlap";
    /** Title of the notice sent to System users when the database guard against overlapping perimeters is missing. */
    public static final String PERIMETER_GUARD_MISSING = "CPOM_PerimeterGuardMissing";
    public static final String PERIMETER_DATES_REVERSED = "CPOM_PerimeterDatesReversed";
    public static final String PERIMETER_DATE_OUTSIDE = "CPOM_PerimeterDateOutside";
    public static final String PERIMETER_DUPLICATE = "CPOM_PerimeterDuplicate";

    // action sheet
    public static final String ACTION_AXIS_OTHER_CONTRACT = "CPOM_ActionAxisOtherContract";
    public static final String ACTION_START_AFTER_DUE = "CPOM_ActionStartAfterDue";
    public static final String ACTION_DUE_OUTSIDE_CONTRACT = "CPOM_ActionDueOutsideContract";
    public static final String ACTION_PILOT_REQUIRED = "CPOM_ActionPilotRequired";
    public static final String ACTION_PROGRESS_RANGE = "CPOM_ActionProgressRange";
    public static final String ACTION_DONE_NOT_COMPLETE = "CPOM_ActionDoneNotComplete";
    public static final String ACTION_ABANDON_REASON = "CPOM_ActionAbandonReason";
    public static final String ACTION_ESTABLISHMENT_OUTSIDE_PERIMETER = "CPOM_ActionEstablishmentOutsidePerimeter";
    public static final String ACTION_MEANS_NEGATIVE = "CPOM_ActionMeansNegative";
    public static final String ACTION_VALUE_DUPLICATE = "CPOM_ActionValueDuplicate";

    // indicators
    public static final String INDICATOR_YEAR_OUTSIDE = "CPOM_IndicatorYearOutside";
    public static final String INDICATOR_TARGET_MISSING = "CPOM_IndicatorTargetMissing";
    public static final String INDICATOR_VALUE_DUPLICATE = "CPOM_IndicatorValueDuplicate";
    public static final String INDICATOR_BASELINE_YEAR = "CPOM_IndicatorBaselineYear";
    public static final String INDICATOR_ACTION_OTHER_CONTRACT = "CPOM_IndicatorActionOtherContract";

    // budget
    public static final String BUDGET_YEAR_OUTSIDE = "CPOM_BudgetYearOutside";
    public static final String BUDGET_ESTABLISHMENT_OUTSIDE_PERIMETER = "CPOM_BudgetEstablishmentOutsidePerimeter";
    public static final String BUDGET_AMOUNT_NEGATIVE = "CPOM_BudgetAmountNegative";
    public static final String BUDGET_DUPLICATE = "CPOM_BudgetDuplicate";
    public static final String BUDGET_BASE_YEAR_EMPTY = "CPOM_BudgetBaseYearEmpty";
    public static final String BUDGET_BASE_YEAR_OUTSIDE = "CPOM_BudgetBaseYearOutside";
    public static final String BUDGET_GROWTH_RATE_INVALID = "CPOM_BudgetGrowthRateInvalid";
    public static final String BUDGET_ESAT_SECTION = "CPOM_BudgetEsatSection";

    // account groups
    public static final String ACCOUNT_PREFIX_INVALID = "CPOM_AccountPrefixInvalid";
    public static final String ACCOUNT_PREFIX_DUPLICATE = "CPOM_AccountPrefixDuplicate";
    public static final String ACCOUNT_GROUP_CLASS_MISMATCH = "CPOM_AccountGroupClassMismatch";

    // amendments
    public static final String AMENDMENT_CONTRACT_NOT_SIGNED = "CPOM_AmendmentContractNotSigned";
    public static final String AMENDMENT_ALREADY_APPLIED = "CPOM_AmendmentAlreadyApplied";
    public static final String AMENDMENT_DATE_BEFORE_START = "CPOM_AmendmentDateBeforeStart";
    public static final String AMENDMENT_TOO_LONG = "CPOM_AmendmentTooLong";
    public static final String AMENDMENT_TOTAL_NEGATIVE = "CPOM_AmendmentTotalNegative";
    public static final String AMENDMENT_OTHER_CONTRACT = "CPOM_AmendmentOtherContract";
    public static final String AMENDMENT_NO_DUPLICATE = "CPOM_AmendmentNoDuplicate";

    // reviews
    public static final String REVIEW_YEAR_OUTSIDE = "CPOM_ReviewYearOutside";
    public static final String REVIEW_MID_TERM_YEAR = "CPOM_ReviewMidTermYear";
    public static final String REVIEW_FINAL_YEAR = "CPOM_ReviewFinalYear";
    public static final String REVIEW_DUPLICATE = "CPOM_ReviewDuplicate";

    // renewal
    public static final String RENEWAL_NOT_SIGNED = "CPOM_RenewalNotSigned";

    // contract kinds (legal basis, parties, categories); KIND_*_W are warnings
    /** {0} id of a record whose adapter gave no name. */
    public static final String UNNAMED_RECORD = "CPOM_UnnamedRecord";
    public static final String KIND_IV_TER_NEEDS_ARS = "CPOM_KindIvTerNeedsArs";
    public static final String KIND_IV_TER_NEEDS_DEPARTEMENT = "CPOM_KindIvTerNeedsDepartement";
    public static final String KIND_L313_12_2_NEEDS_ARS = "CPOM_KindL313122NeedsArs";
    public static final String KIND_CHRS_NEEDS_STATE = "CPOM_KindChrsNeedsState";
    public static final String KIND_SSIAD_TARIFF_ARS_ONLY = "CPOM_KindSsiadTariffArsOnly";
    /** Warning. */
    public static final String KIND_EHPAD_TARIFF_NOT_JOINT = "CPOM_KindEhpadTariffNotJoint";
    public static final String KIND_AUTHORITY_NOT_PARTY = "CPOM_KindAuthorityNotParty";
    /** Warning. */
    public static final String KIND_EHPAD_OUTSIDE_IV_TER = "CPOM_KindEhpadOutsideIvTer";
    /** Warning. */
    public static final String KIND_CHRS_OUTSIDE_L313_11_2 = "CPOM_KindChrsOutsideL313112";
    /** Warning. */
    public static final String KIND_SHOULD_BE_L313_12_2 = "CPOM_KindShouldBeL313122";
    /** Warning. */
    public static final String KIND_L313_12_2_NOT_ARS = "CPOM_KindL313122NotArs";
    public static final String KIND_IV_TER_NO_EHPAD = "CPOM_KindIvTerNoEhpad";
    public static final String KIND_CHRS_NO_CHRS = "CPOM_KindChrsNoChrs";

    // commitment, budget sections and payers
    public static final String CONTRACT_COMMITMENT_MISMATCH = "CPOM_ContractCommitmentMismatch";
    /** Warning. */
    public static final String CONTRACT_FUNDER_NOT_PARTY = "CPOM_ContractFunderNotParty";
    public static final String BUDGET_PAYER_FUNDER_MISMATCH = "CPOM_BudgetPayerFunderMismatch";
    public static final String BUDGET_EHPAD_SECTION = "CPOM_BudgetEhpadSection";
    public static final String BUDGET_PAYER_SECTION = "CPOM_BudgetPayerSection";
    public static final String BUDGET_AIDE_AU_POSTE_NOT_ESAT = "CPOM_BudgetAideAuPosteNotEsat";
    /** Warning. */
    public static final String BUDGET_AIDE_AU_POSTE_SECTION = "CPOM_BudgetAideAuPosteSection";
    /** Warning. */
    public static final String BUDGET_BPAS_STATE_SINCE_2017 = "CPOM_BudgetBpasStateSince2017";
    public static final String BUDGET_YEAR_OUTSIDE_MEMBERSHIP = "CPOM_BudgetYearOutsideMembership";

    // prorogation, shortening and commitment of amendments
    public static final String AMENDMENT_PROROGATION_ALREADY_EXTENDED = "CPOM_AmendmentProrogationAlreadyExtended";
    public static final String AMENDMENT_PROROGATION_NOT_FIVE_YEARS = "CPOM_AmendmentProrogationNotFiveYears";
    public static final String AMENDMENT_PROROGATION_NO_DATE = "CPOM_AmendmentProrogationNoDate";
    public static final String AMENDMENT_PROROGATION_NOT_SIXTH_YEAR = "CPOM_AmendmentProrogationNotSixthYear";
    public static final String AMENDMENT_PROROGATION_TOO_LATE = "CPOM_AmendmentProrogationTooLate";
    public static final String AMENDMENT_SHORTENING_HOLDS_YEARS = "CPOM_AmendmentShorteningHoldsYears";
    public static final String AMENDMENT_COMMITMENT_MISMATCH = "CPOM_AmendmentCommitmentMismatch";
    /** Counts inside CPOM_AmendmentShorteningHoldsYears: {0} count. */
    public static final String COUNT_BUDGET_LINES_ONE = "CPOM_CountBudgetLinesOne";
    public static final String COUNT_BUDGET_LINES = "CPOM_CountBudgetLines";
    public static final String COUNT_INDICATOR_TARGETS_ONE = "CPOM_CountIndicatorTargetsOne";
    public static final String COUNT_INDICATOR_TARGETS = "CPOM_CountIndicatorTargets";
    public static final String COUNT_REVIEWS_ONE = "CPOM_CountReviewsOne";
    public static final String COUNT_REVIEWS = "CPOM_CountReviews";

    // renewal proposes the legal basis that applies now
    public static final String RENEWAL_BASIS_CHANGED = "CPOM_RenewalBasisChanged";
    public static final String RENEWAL_BASIS_KEPT = "CPOM_RenewalBasisKept";
    public static final String RENEWAL_BASIS_NOT_CONFIRMED = "CPOM_RenewalBasisNotConfirmed";
    public static final String RENEWAL_REASON_EHPAD = "CPOM_RenewalReasonEhpad";
    public static final String RENEWAL_REASON_CHRS = "CPOM_RenewalReasonChrs";
    public static final String RENEWAL_REASON_ARS_DISABILITY = "CPOM_RenewalReasonArsDisability";
    public static final String RENEWAL_REASON_GENERAL = "CPOM_RenewalReasonGeneral";

    // process results and UI texts
    public static final String PROCESS_BUDGET_LINES_CREATED = "CPOM_ProcessBudgetLinesCreated";
    public static final String PROCESS_AMENDMENT_APPLIED = "CPOM_ProcessAmendmentApplied";
    public static final String PROCESS_CONTRACT_RENEWED = "CPOM_ProcessContractRenewed";
    public static final String PROCESS_LATE_FLAGGED = "CPOM_ProcessLateFlagged";
    public static final String PROCESS_CATEGORIES_LOADED = "CPOM_ProcessCategoriesLoaded";
    public static final String PROCESS_FILE_NOT_READABLE = "CPOM_ProcessFileNotReadable";
    public static final String PROCESS_CSV_LINE_INVALID = "CPOM_ProcessCsvLineInvalid";
    /** Reasons given inside CPOM_ProcessCsvLineInvalid. */
    public static final String REASON_CODE_INVALID = "CPOM_ReasonCodeInvalid";
    public static final String REASON_CODE_DUPLICATE = "CPOM_ReasonCodeDuplicate";
    public static final String PROCESS_RECORD_REQUIRED = "CPOM_ProcessRecordRequired";
    public static final String CONTRACT_SIGNED = "CPOM_ContractSigned";
    public static final String CONTRACT_CLOSED = "CPOM_ContractClosed";
    public static final String CONTRACT_VOIDED = "CPOM_ContractVoided";
    public static final String BUDGET_CONSUMED = "CPOM_BudgetConsumed";
    public static final String LABEL_BUDGET = "CPOM_LabelBudget";
    public static final String LABEL_ACTUAL = "CPOM_LabelActual";
    public static final String LABEL_VARIANCE = "CPOM_LabelVariance";
    public static final String LABEL_CONSUMED_PCT = "CPOM_LabelConsumedPct";

    // record type labels (argument {0} of the generic messages)
    public static final String RECORD_ESTABLISHMENT = "CPOM_RecordEstablishment";
    public static final String RECORD_CONTRACT = "CPOM_RecordContract";
    public static final String RECORD_PERIMETER = "CPOM_RecordPerimeter";
    public static final String RECORD_AXIS = "CPOM_RecordAxis";
    public static final String RECORD_ACTION_SHEET = "CPOM_RecordActionSheet";
    public static final String RECORD_INDICATOR = "CPOM_RecordIndicator";
    public static final String RECORD_INDICATOR_VALUE = "CPOM_RecordIndicatorValue";
    public static final String RECORD_BUDGET_LINE = "CPOM_RecordBudgetLine";
    public static final String RECORD_ACCOUNT_GROUP = "CPOM_RecordAccountGroup";
    public static final String RECORD_AMENDMENT = "CPOM_RecordAmendment";
    public static final String RECORD_REVIEW = "CPOM_RecordReview";
    public static final String RECORD_FINESS_CATEGORY = "CPOM_RecordFinessCategory";
    public static final String RECORD_TARIFF_MODE = "CPOM_RecordTariffMode";

    // financial statements (ERRD, financial analysis, EPRD, pre-filing check)
    /** {0} fiscal year. */
    public static final String FIN_PERIOD_OPEN = "CPOM_FinPeriodOpen";
    /** {0} establishment. */
    public static final String FIN_ESTABLISHMENT_NO_ORG = "CPOM_FinEstablishmentNoOrg";
    /** {0} AD_Org_ID, {1} fiscal year, {2} amount. */
    public static final String FIN_ORG_OUTSIDE_PERIMETER = "CPOM_FinOrgOutsidePerimeter";
    /** {0} account, {1} establishment or organisation, {2} fiscal year, {3} debit, {4} credit. */
    public static final String FIN_ACCOUNT_UNMAPPED = "CPOM_FinAccountUnmapped";
    /** {0} establishment, {1} group, {2} section, {3} fiscal year, {4} budget amount. */
    public static final String FIN_BUDGET_WITHOUT_POSTINGS = "CPOM_FinBudgetWithoutPostings";
    /** {0} establishment, {1} group, {2} section, {3} fiscal year, {4} actual amount. */
    public static final String FIN_POSTINGS_WITHOUT_BUDGET = "CPOM_FinPostingsWithoutBudget";
    /** {0} scope, {1} résultat shown, {2} produits, {3} charges, {4} produits − charges. */
    public static final String FIN_RESULT_MISMATCH = "CPOM_FinResultMismatch";
    /** {0} fiscal year, {1} ledger résultat, {2} statement résultat, {3} difference. */
    public static final String FIN_LEDGER_RESULT_GAP = "CPOM_FinLedgerResultGap";
    /** {0} fiscal year, {1} class-5 trésorerie, {2} FRNG − BFR, {3} difference. */
    public static final String FIN_BALANCE_SHEET_UNBALANCED = "CPOM_FinBalanceSheetUnbalanced";
    /** Label of the consolidated scope. */
    public static final String FIN_SCOPE_CONSOLIDATED = "CPOM_FinScopeConsolidated";
    /** Label of the postings outside the perimeter's establishments. */
    public static final String FIN_SCOPE_UNASSIGNED = "CPOM_FinScopeUnassigned";
    /** {0} investment. */
    public static final String FIN_INVESTMENT_NEGATIVE = "CPOM_FinInvestmentNegative";
    /** {0} investment, {1} loan, {2} subsidy, {3} amount. */
    public static final String FIN_INVESTMENT_FINANCING_ABOVE_AMOUNT = "CPOM_FinInvestmentFinancingAboveAmount";
    /** {0} investment. */
    public static final String FIN_INVESTMENT_USE_LIFE = "CPOM_FinInvestmentUseLife";
    /** {0} investment. */
    public static final String FIN_INVESTMENT_LOAN_YEARS = "CPOM_FinInvestmentLoanYears";

    // deadline calendar and alerts
    /** {0} setting name, {1} rejected value, {2} expected form. */
    public static final String CALENDAR_SETTING_INVALID = "CPOM_CalendarSettingInvalid";
    /** Deadline names: {0} fiscal year (MIDR: {1} year rank; INDV, MODU: {1} indicator / establishment). */
    public static final String DEADLINE_NAME_EPRD = "CPOM_DeadlineNameEPRD";
    public static final String DEADLINE_NAME_ERRD = "CPOM_DeadlineNameERRD";
    public static final String DEADLINE_NAME_ACTF = "CPOM_DeadlineNameACTF";
    /** {0} fiscal year: the activity forecast of the services autonomie à domicile (15 March N). */
    public static final String DEADLINE_NAME_ACTF_HOME_CARE = "CPOM_DeadlineNameACTFHomeCare";
    public static final String DEADLINE_NAME_ANRV = "CPOM_DeadlineNameANRV";
    public static final String DEADLINE_NAME_MIDR = "CPOM_DeadlineNameMIDR";
    public static final String DEADLINE_NAME_FEVL = "CPOM_DeadlineNameFEVL";
    /** {0} the contract's end date. */
    public static final String DEADLINE_NAME_RENW = "CPOM_DeadlineNameRENW";
    /** {0} the contract's end date (an extended contract can only be renewed). */
    public static final String DEADLINE_NAME_RENEWAL = "CPOM_DeadlineNameRenewal";
    /** {0} the action sheet. */
    public static final String DEADLINE_NAME_ACTS = "CPOM_DeadlineNameACTS";
    public static final String DEADLINE_NAME_INDV = "CPOM_DeadlineNameINDV";
    public static final String DEADLINE_NAME_MODU = "CPOM_DeadlineNameMODU";
    /** Legal references of the generated deadlines (no argument). */
    public static final String DEADLINE_REF_EPRD = "CPOM_DeadlineRefEPRD";
    public static final String DEADLINE_REF_ERRD = "CPOM_DeadlineRefERRD";
    public static final String DEADLINE_REF_ACTF = "CPOM_DeadlineRefACTF";
    public static final String DEADLINE_REF_ACTF_HOME_CARE = "CPOM_DeadlineRefACTFHomeCare";
    public static final String DEADLINE_REF_ANRV = "CPOM_DeadlineRefANRV";
    public static final String DEADLINE_REF_MIDR = "CPOM_DeadlineRefMIDR";
    public static final String DEADLINE_REF_FEVL = "CPOM_DeadlineRefFEVL";
    public static final String DEADLINE_REF_RENW = "CPOM_DeadlineRefRENW";
    public static final String DEADLINE_REF_ACTS = "CPOM_DeadlineRefACTS";
    public static final String DEADLINE_REF_INDV = "CPOM_DeadlineRefINDV";
    /** {0} rate, {1} threshold, {2} amount at risk. */
    public static final String DEADLINE_REF_MODU_POINTS = "CPOM_DeadlineRefMODUPoints";
    public static final String DEADLINE_REF_MODU_PRO_RATA = "CPOM_DeadlineRefMODUProRata";
    /** {0} contract, {1} rejected item, {2} whole value. */
    public static final String ALERT_LEAD_DAYS_NOT_NUMBER = "CPOM_AlertLeadDaysNotNumber";
    /** {0} contract, {1} days, {2} maximum. */
    public static final String ALERT_LEAD_DAYS_RANGE = "CPOM_AlertLeadDaysRange";
    /** {0} contract, {1} days. */
    public static final String ALERT_LEAD_DAYS_DUPLICATE = "CPOM_AlertLeadDaysDuplicate";
    /** Alert texts: {0} contract, {1} deadline, {2} due date, {3} days, {4} legal reference. */
    public static final String ALERT_DEADLINE_DUE = "CPOM_AlertDeadlineDue";
    public static final String ALERT_DEADLINE_DUE_TODAY = "CPOM_AlertDeadlineDueToday";
    public static final String ALERT_DEADLINE_OVERDUE = "CPOM_AlertDeadlineOverdue";
    /** Alert subjects: {0} contract, {1} deadline, {2} due date. */
    public static final String ALERT_SUBJECT = "CPOM_AlertSubject";
    public static final String ALERT_SUBJECT_OVERDUE = "CPOM_AlertSubjectOverdue";

    // activity: {0} contract, {1} establishment, {2} fiscal year, then the message's own arguments
    public static final String ACTIVITY_ESTABLISHMENT_OUTSIDE = "CPOM_ActivityEstablishmentOutside";
    /** {3} first year, {4} last year. */
    public static final String ACTIVITY_YEAR_OUTSIDE = "CPOM_ActivityYearOutside";
    public static final String ACTIVITY_YEAR_OUTSIDE_MEMBERSHIP = "CPOM_ActivityYearOutsideMembership";
    public static final String ACTIVITY_UNIT_MISSING = "CPOM_ActivityUnitMissing";
    /** {3} unit, {4} FINESS category. */
    public static final String ACTIVITY_UNIT_NOT_FOR_CATEGORY = "CPOM_ActivityUnitNotForCategory";
    /** {3} field, {4} value. */
    public static final String ACTIVITY_NEGATIVE = "CPOM_ActivityNegative";
    /** {3} opening days, {4} days in the year. */
    public static final String ACTIVITY_OPENING_DAYS = "CPOM_ActivityOpeningDays";
    public static final String ACTIVITY_MEASURE_DATE_MISSING = "CPOM_ActivityMeasureDateMissing";
    /** {3} measure date. */
    public static final String ACTIVITY_MEASURE_DATE_OUTSIDE = "CPOM_ActivityMeasureDateOutside";
    /** {3} activity to date, {4} activity of the year. */
    public static final String ACTIVITY_TO_DATE_ABOVE_ACTUAL = "CPOM_ActivityToDateAboveActual";
    /** {3} threshold. */
    public static final String ACTIVITY_THRESHOLD_RANGE = "CPOM_ActivityThresholdRange";
    /** {0} contract, {1} threshold. */
    public static final String ACTIVITY_CONTRACT_THRESHOLD_RANGE = "CPOM_ActivityContractThresholdRange";
    public static final String ACTIVITY_DUPLICATE = "CPOM_ActivityDuplicate";
    public static final String ACTIVITY_CAPACITY_MISSING = "CPOM_ActivityCapacityMissing";
    /** {3} journées, {4} places, {5} opening days, {6} maximum. */
    public static final String ACTIVITY_ABOVE_CAPACITY = "CPOM_ActivityAboveCapacity";
    /** {3} journées to date, {4} places, {5} days elapsed, {6} measure date, {7} maximum. */
    public static final String ACTIVITY_TO_DATE_ABOVE_CAPACITY = "CPOM_ActivityToDateAboveCapacity";

    // computed indicators, planned investments, pre-filing check (iDempiere layer)
    /** {0} indicator. */
    public static final String INDICATOR_MEASURE_MISSING = "CPOM_IndicatorMeasureMissing";
    /** {0} indicator, {1} establishment, {2} contract. */
    public static final String INDICATOR_ESTABLISHMENT_OUTSIDE = "CPOM_IndicatorEstablishmentOutside";
    /** {0} indicator, {1} establishment, {2} measure. */
    public static final String INDICATOR_MEASURE_NO_ORG = "CPOM_IndicatorMeasureNoOrg";
    /** {0} investment, {1} year, {2} contract, {3} first year, {4} last year. */
    public static final String INVESTMENT_YEAR_OUTSIDE = "CPOM_InvestmentYearOutside";
    /** {0} investment, {1} establishment, {2} contract, {3} year. */
    public static final String INVESTMENT_ESTABLISHMENT_OUTSIDE = "CPOM_InvestmentEstablishmentOutside";
    /** {0} values computed, {1} created, {2} updated, {3} typed values kept, {4} without data. */
    public static final String PROCESS_INDICATORS_COMPUTED = "CPOM_ProcessIndicatorsComputed";
    /** {0} indicator, {1} year, {2} typed value, {3} computed value. */
    public static final String PROCESS_INDICATOR_TYPED_KEPT = "CPOM_ProcessIndicatorTypedKept";
    /** {0} indicator, {1} year. */
    public static final String PROCESS_INDICATOR_NO_DATA = "CPOM_ProcessIndicatorNoData";
    /** {0} contract, {1} year. */
    public static final String PROCESS_PRE_FILING_OK = "CPOM_ProcessPreFilingOk";
    /** {0} contract, {1} year, {2} number of findings. */
    public static final String PROCESS_PRE_FILING_FINDINGS = "CPOM_ProcessPreFilingFindings";
    public static final String RECORD_INVESTMENT = "CPOM_RecordInvestment";

    // deadline rows and the calendar processes (iDempiere layer)
    public static final String RECORD_DEADLINE = "CPOM_RecordDeadline";
    public static final String RECORD_ACTIVITY = "CPOM_RecordActivity";
    public static final String RECORD_DEADLINE_ALERT = "CPOM_RecordDeadlineAlert";
    /** {0} deadline, {1} contract, {2} establishment. */
    public static final String DEADLINE_ESTABLISHMENT_OUTSIDE = "CPOM_DeadlineEstablishmentOutside";
    /** {0} deadline, {1} contract. */
    public static final String DEADLINE_ACTION_SHEET_OTHER_CONTRACT = "CPOM_DeadlineActionSheetOtherContract";
    /** {0} deadline, {1} contract, {2} field. */
    public static final String DEADLINE_GENERATED_FIELD = "CPOM_DeadlineGeneratedField";
    /** {0} contract, {1} created, {2} updated, {3} withdrawn, {4} kept. */
    public static final String PROCESS_DEADLINES_GENERATED = "CPOM_ProcessDeadlinesGenerated";
    /** {0} alerts, {1} contracts, {2} deadlines without recipient. */
    public static final String PROCESS_ALERTS_SENT = "CPOM_ProcessAlertsSent";
}
