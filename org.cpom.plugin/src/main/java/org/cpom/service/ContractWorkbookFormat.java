package org.cpom.service;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.cpom.core.i18n.Language;
import org.cpom.core.i18n.Messages;
import org.cpom.core.model.ActionStatus;
import org.cpom.core.model.BudgetSection;
import org.cpom.core.model.Direction;
import org.cpom.core.model.FunctionalGroup;
import org.cpom.core.model.IndicatorSource;
import org.cpom.core.model.LegalBasis;
import org.cpom.core.model.Payer;
import org.cpom.core.model.Priority;
import org.cpom.core.model.ReviewKind;
import org.cpom.core.model.TariffAuthority;
import org.cpom.core.rule.Coded;

/**
 * The contract workbook: one sheet per kind of record, a header row of French column titles, one record per row.
 * The importer ({@link ContractWorkbookImporter}), the template ({@link ContractWorkbookTemplate}) and
 * docs/import-format.md all describe the same sheets from this one definition.
 */
public final class ContractWorkbookFormat {

    /** How a cell is read. */
    public enum Kind {
        /** Free text. */
        TEXT,
        /** A whole number (years, counts, sequence numbers). */
        INTEGER,
        /** A decimal number (amounts, capacities, indicator values). */
        NUMBER,
        /** A date cell, or text as dd/mm/yyyy or yyyy-mm-dd. */
        DATE,
        /** Oui/Non (also Yes/No, O/N, Y/N, 1/0, a boolean cell). */
        YES_NO,
        /** A list value: its code, its French label or its English label. */
        LIST,
        /** Another record, named by its search key (Value, FINESS, ISO code...) or its name. */
        REFERENCE
    }

    /** What a {@link Kind#REFERENCE} column names. */
    public enum Target {
        BPARTNER, USER, ORG, FINESS_CATEGORY, TARIFF_MODE, CURRENCY, ESTABLISHMENT, ESTABLISHMENTS, AXIS,
        ACTION_SHEET, INDICATOR
    }

    /**
     * One column of a sheet.
     *
     * @param header    the French title in the header row (matched ignoring case, accents, spaces and a trailing *)
     * @param column    the iDempiere column it fills ({@code null} when it only identifies a parent record)
     * @param kind      how the cell is read
     * @param mandatory a value is required on every data row
     * @param list      the list of a {@link Kind#LIST} column
     * @param target    the record a {@link Kind#REFERENCE} column names
     * @param help      the French help text of the template and of docs/import-format.md
     * @param key       part of the record's natural key (re-import matches on it)
     */
    public record Column(String header, String column, Kind kind, boolean mandatory,
            Class<? extends Coded> list, Target target, String help, boolean key) {

        /** The normalised header this column is recognised by. */
        public String normalisedHeader() {
            return normalise(header);
        }
    }

    /**
     * One sheet.
     *
     * @param name     the sheet's name in the workbook
     * @param table    the CPOM table its rows become
     * @param columns  its columns, in template order
     * @param required the workbook must have it
     * @param help     French description (template "Lisez-moi" sheet and documentation)
     */
    public record Sheet(String name, String table, List<Column> columns, boolean required, String help) {

        public Column column(String header) {
            String n = normalise(header);
            for (Column c : columns) {
                if (c.normalisedHeader().equals(n)) {
                    return c;
                }
            }
            return null;
        }
    }

    public static final String README_SHEET = "Lisez-moi";
    /** Hidden sheet of the template holding the lists behind its drop-downs; ignored by the importer. */
    public static final String LISTS_SHEET = "Listes";

    public static final String CONTRACT = "Contrat";
    public static final String ESTABLISHMENTS = "Établissements";
    public static final String PERIMETER = "Périmètre";
    public static final String AXES = "Axes";
    public static final String ACTION_SHEETS = "Fiches actions";
    public static final String BUDGET = "Budget";
    public static final String INDICATORS = "Indicateurs";
    public static final String TARGETS = "Cibles";
    public static final String REVIEWS = "Revues";

    public static final String H_DOCUMENT_NO = "N° du contrat";
    public static final String H_FINESS = "FINESS ET";
    public static final String H_AXIS_NO = "N° d'axe";
    public static final String H_SHEET_NO = "N° de fiche";
    public static final String H_INDICATOR = "Indicateur";
    public static final String H_YEAR = "Exercice";

    public static final List<Sheet> SHEETS = List.of(
            new Sheet(CONTRACT, "CPOM_Contract", List.of(
                    key(H_DOCUMENT_NO, "DocumentNo", Kind.TEXT,
                            "Numéro du contrat (clé : une nouvelle importation met à jour ce contrat)."),
                    text("Intitulé", "Name", true, "Intitulé du contrat."),
                    text("Description", "Description", false, "Description courte."),
                    list("Fondement juridique", "LegalBasis", true, LegalBasis.class,
                            "Article du CASF : L313-11, IV ter de L313-12 (EHPAD), L313-12-2, L313-11-2 (CHRS)."),
                    ref("Organisme gestionnaire", "ManagingBody_BPartner_ID", true, Target.BPARTNER,
                            "Partenaire (code ou nom) : l'association gestionnaire."),
                    ref("ARS", "ARS_BPartner_ID", false, Target.BPARTNER, "Partenaire (code ou nom) : l'ARS signataire."),
                    ref("Département", "Departement_BPartner_ID", false, Target.BPARTNER,
                            "Partenaire (code ou nom) : le conseil départemental signataire."),
                    ref("État (préfet)", "State_BPartner_ID", false, Target.BPARTNER,
                            "Partenaire (code ou nom) : la préfecture signataire (CHRS)."),
                    date("Date de début", "DateFrom", true, "Premier jour du contrat."),
                    date("Date de fin", "DateTo", true, "Dernier jour du contrat (5 ans, 6 avec la prorogation)."),
                    date("Date de signature", "DateSigned", false, "Date de signature, si le contrat est signé."),
                    yesNo("Prorogé (6e année)", "IsExtended", false, "Oui si le contrat court sur une 6e année."),
                    number("Montant total", "TotalAmt", false,
                            "Engagement des autorités ; vide : somme des lignes de budget qu'elles financent."),
                    ref("Devise", "C_Currency_ID", false, Target.CURRENCY, "Code ISO (EUR par défaut)."),
                    text("Diagnostic partagé", "SharedDiagnosis", false, "Diagnostic partagé préalable au contrat.")),
                    true, "L'en-tête du contrat : une seule ligne."),
            new Sheet(ESTABLISHMENTS, "CPOM_Establishment", List.of(
                    key(H_FINESS, "FINESS_EG", Kind.TEXT,
                            "N° FINESS de l'établissement (9 caractères, clé de contrôle vérifiée ; clé)."),
                    text("FINESS EJ", "FINESS_EJ", true, "N° FINESS de l'entité juridique gestionnaire."),
                    text("Nom", "Name", true, "Nom de l'établissement."),
                    text("Description", "Description", false, ""),
                    ref("Organisation", "AD_Org_ID", true, Target.ORG,
                            "Organisation iDempiere (code ou nom) qui tient sa comptabilité."),
                    ref("Catégorie FINESS", "CPOM_FinessCategory_ID", false, Target.FINESS_CATEGORY,
                            "Code TRE_R66 (500 EHPAD, 354 SSIAD, 460 SAAD, 246 ESAT...) ou libellé."),
                    number("Capacité autorisée", "CapacityAuthorised", false, "Places autorisées."),
                    number("Capacité installée", "CapacityInstalled", false, "Places installées."),
                    integer("Jours d'ouverture", "OpeningDays", false, "Jours d'ouverture par an."),
                    text("Public accueilli", "PublicServed", false, ""),
                    text("Département", "Departement", false, "Code du département (29, 2A, 974)."),
                    list("Autorité de tarification", "TariffAuthority", false, TariffAuthority.class,
                            "ARS, Département, conjointe ARS + département, Préfet."),
                    ref("Mode de tarification", "CPOM_TariffMode_ID", false, Target.TARIFF_MODE,
                            "Code TRE_R74 ou libellé."),
                    date("Date d'autorisation", "AuthorisationDate", false, ""),
                    date("Fin d'autorisation", "AuthorisationEndDate", false, "")),
                    true, "Les établissements et services (ESSMS) ; créés ou mis à jour d'après leur FINESS."),
            new Sheet(PERIMETER, "CPOM_ContractEstablishment", List.of(
                    new Column(H_FINESS, "CPOM_Establishment_ID", Kind.REFERENCE, true, null, Target.ESTABLISHMENT,
                            "FINESS ET d'un établissement (feuille Établissements ou déjà enregistré).", true),
                    date("Date d'entrée", "DateJoined", false, "Vide : début du contrat."),
                    date("Date de sortie", "DateLeft", false, "Vide : fin du contrat.")),
                    true, "Le périmètre : les établissements du contrat et leurs dates."),
            new Sheet(AXES, "CPOM_Axis", List.of(
                    key(H_AXIS_NO, "SeqNo", Kind.INTEGER, "Numéro de l'axe (clé)."),
                    text("Intitulé", "Name", true, "Intitulé de l'axe stratégique."),
                    text("Description", "Description", false, "")),
                    false, "Les axes stratégiques."),
            new Sheet(ACTION_SHEETS, "CPOM_ActionSheet", List.of(
                    key(H_SHEET_NO, "Value", Kind.TEXT, "Numéro de la fiche, par exemple FA-01 (clé)."),
                    new Column(H_AXIS_NO, "CPOM_Axis_ID", Kind.REFERENCE, true, null, Target.AXIS,
                            "Numéro de l'axe (feuille Axes).", false),
                    text("Intitulé", "Name", true, ""),
                    text("Objectif opérationnel", "Objective", false, ""),
                    text("Actions", "Actions", false, ""),
                    ref("Pilote", "AD_User_ID", false, Target.USER, "Utilisateur (identifiant, nom ou courriel)."),
                    text("Partenaires", "Partners", false, ""),
                    date("Date de début", "StartDate", false, ""),
                    date("Échéance", "DueDate", false, ""),
                    list("Statut", "ActionStatus", false, ActionStatus.class,
                            "Prévue, En cours, Réalisée, En retard, Abandonnée (vide : prévue)."),
                    text("Motif d'abandon", "AbandonReason", false, "Obligatoire pour une fiche abandonnée."),
                    number("Avancement (%)", "Progress", false, "De 0 à 100."),
                    number("Moyens (€)", "MeansAmt", false, "Moyens alloués."),
                    list("Priorité", "Priority", false, Priority.class, "Haute, Moyenne, Basse."),
                    new Column("Établissements concernés", null, Kind.REFERENCE, false, null, Target.ESTABLISHMENTS,
                            "FINESS ET séparés par des points-virgules.", false)),
                    false, "Les fiches actions, rattachées à un axe."),
            new Sheet(BUDGET, "CPOM_BudgetLine", List.of(
                    new Column(H_FINESS, "CPOM_Establishment_ID", Kind.REFERENCE, true, null, Target.ESTABLISHMENT,
                            "FINESS ET d'un établissement du périmètre.", true),
                    keyed(integer(H_YEAR, "FiscalYear", true, "Année (AAAA).")),
                    keyed(list("Section", "BudgetSection", true, BudgetSection.class,
                            "Soins, Dépendance, Hébergement (EHPAD) ; BPAS, BAPC (ESAT) ; Budget principal, "
                                    + "Budget annexe.")),
                    keyed(list("Payeur", "Payer", true, Payer.class,
                            "Assurance maladie, Département : APA, PCH, aide sociale, Résidents et usagers, État, "
                                    + "Fonds propres, Autres payeurs.")),
                    keyed(list("Groupe fonctionnel", "FunctionalGroup", true, FunctionalGroup.class,
                            "Charges groupe I, II, III ; Produits groupe I, II, III.")),
                    number("Montant", "Amount", true, "Montant en euros."),
                    text("Libellé", "Description", false, "")),
                    false, "L'annexe financière : une ligne par établissement, exercice, section, payeur et groupe."),
            new Sheet(INDICATORS, "CPOM_Indicator", List.of(
                    key(H_INDICATOR, "Name", Kind.TEXT, "Intitulé de l'indicateur (clé dans le contrat)."),
                    new Column(H_SHEET_NO, "CPOM_ActionSheet_ID", Kind.REFERENCE, false, null, Target.ACTION_SHEET,
                            "Fiche action suivie (vide : indicateur du contrat).", false),
                    text("Description", "Description", false, ""),
                    text("Unité", "UnitName", false, "%, jours, nombre..."),
                    list("Sens", "Direction", false, Direction.class, "Plus haut est meilleur, Plus bas est meilleur."),
                    number("Valeur de référence", "BaselineValue", false, ""),
                    integer("Année de référence", "BaselineYear", false, ""),
                    list("Source", "IndicatorSource", false, IndicatorSource.class, "Saisie manuelle, Calculé.")),
                    false, "Les indicateurs du contrat et des fiches actions."),
            new Sheet(TARGETS, "CPOM_IndicatorValue", List.of(
                    new Column(H_INDICATOR, "CPOM_Indicator_ID", Kind.REFERENCE, true, null, Target.INDICATOR,
                            "Intitulé d'un indicateur (feuille Indicateurs).", true),
                    keyed(integer(H_YEAR, "FiscalYear", true, "Année (AAAA).")),
                    number("Cible", "TargetValue", false, ""),
                    number("Réalisé", "ActualValue", false, ""),
                    text("Commentaire", "Comments", false, "")),
                    false, "Les cibles et réalisations annuelles des indicateurs."),
            new Sheet(REVIEWS, "CPOM_Review", List.of(
                    keyed(integer(H_YEAR, "FiscalYear", true, "Année examinée.")),
                    keyed(list("Type de revue", "ReviewKind", true, ReviewKind.class,
                            "annuelle, à mi-parcours, finale.")),
                    date("Date", "DateDoc", false, "Date du dialogue de gestion."),
                    text("Conclusions", "Conclusions", false, "")),
                    false, "Les dialogues de gestion."));

    private ContractWorkbookFormat() {
    }

    public static Sheet sheet(String name) {
        String n = normalise(name);
        for (Sheet s : SHEETS) {
            if (normalise(s.name()).equals(n)) {
                return s;
            }
        }
        return null;
    }

    /**
     * The accepted spellings of a list value, in order: code, French label, English label, and each label's
     * short form (the text before " (" or " :" when the label carries an explanation).
     */
    public static List<String> spellings(Coded value) {
        List<String> out = new ArrayList<>();
        out.add(value.code());
        for (Language l : List.of(Language.FR, Language.EN)) {
            String label = Messages.pattern(l, labelKey(value));
            if (label != null) {
                out.add(label);
                int cut = label.indexOf(" (");
                if (cut > 0) {
                    out.add(label.substring(0, cut));
                }
            }
        }
        return out;
    }

    /** The label the template offers in its drop-downs: the French label, or the code when there is none. */
    public static String frenchLabel(Coded value) {
        String label = Messages.pattern(Language.FR, labelKey(value));
        return label == null ? value.code() : label;
    }

    /** The catalogue key of a list value's label, CPOM_&lt;type&gt;_&lt;code&gt; (as the core's messages name them). */
    static String labelKey(Coded value) {
        Class<?> type = value instanceof Enum<?> e ? e.getDeclaringClass() : value.getClass();
        return "CPOM_" + type.getSimpleName() + "_" + value.code();
    }

    /** Case, accents, spacing, apostrophes and a trailing mandatory mark do not matter. */
    public static String normalise(String s) {
        if (s == null) {
            return "";
        }
        String t = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .replace('\u2019', '\'').replace('\u00A0', ' ').toLowerCase(Locale.ROOT).trim();
        if (t.endsWith("*")) {
            t = t.substring(0, t.length() - 1).trim();
        }
        return t.replaceAll("\\s+", " ");
    }

    private static Column key(String header, String column, Kind kind, String help) {
        return new Column(header, column, kind, true, null, null, help, true);
    }

    private static Column keyed(Column c) {
        return new Column(c.header(), c.column(), c.kind(), c.mandatory(), c.list(), c.target(), c.help(), true);
    }

    private static Column text(String header, String column, boolean mandatory, String help) {
        return new Column(header, column, Kind.TEXT, mandatory, null, null, help, false);
    }

    private static Column integer(String header, String column, boolean mandatory, String help) {
        return new Column(header, column, Kind.INTEGER, mandatory, null, null, help, false);
    }

    private static Column number(String header, String column, boolean mandatory, String help) {
        return new Column(header, column, Kind.NUMBER, mandatory, null, null, help, false);
    }

    private static Column date(String header, String column, boolean mandatory, String help) {
        return new Column(header, column, Kind.DATE, mandatory, null, null, help, false);
    }

    private static Column yesNo(String header, String column, boolean mandatory, String help) {
        return new Column(header, column, Kind.YES_NO, mandatory, null, null, help, false);
    }

    private static Column list(String header, String column, boolean mandatory, Class<? extends Coded> list,
            String help) {
        return new Column(header, column, Kind.LIST, mandatory, list, null, help, false);
    }

    private static Column ref(String header, String column, boolean mandatory, Target target, String help) {
        return new Column(header, column, Kind.REFERENCE, mandatory, null, target, help, false);
    }
}
