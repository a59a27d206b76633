package org.cpom.dictionary;

import org.cpom.dictionary.Dictionary.Text;

import java.util.Map;

/**
 * English and French field labels of the core column names CPOM reuses. The element itself is iDempiere's
 * (referenced by its official ID); fields and process parameters carry their own names, so they are given here.
 */
final class CoreLabels {

    static final Map<String, Text> LABELS = Map.ofEntries(
            Map.entry("AD_Client_ID", new Text("Client", "Société")),
            Map.entry("AD_Org_ID", new Text("Organization", "Organisation")),
            Map.entry("IsActive", new Text("Active", "Actif")),
            Map.entry("Created", new Text("Created", "Créé le")),
            Map.entry("CreatedBy", new Text("Created By", "Créé par")),
            Map.entry("Updated", new Text("Updated", "Mis à jour le")),
            Map.entry("UpdatedBy", new Text("Updated By", "Mis à jour par")),
            Map.entry("Name", new Text("Name", "Nom")),
            Map.entry("Description", new Text("Description", "Description")),
            Map.entry("Value", new Text("Search Key", "Code")),
            Map.entry("DocumentNo", new Text("Document No", "N° de document")),
            Map.entry("DocStatus", new Text("Document Status", "Statut du document")),
            Map.entry("DocAction", new Text("Document Action", "Action sur le document")),
            Map.entry("Processed", new Text("Processed", "Traité")),
            Map.entry("Processing", new Text("Process Now", "Traiter")),
            Map.entry("ProcessedOn", new Text("Processed On", "Traité le")),
            Map.entry("SeqNo", new Text("Sequence", "Séquence")),
            Map.entry("AD_User_ID", new Text("Pilot", "Pilote")),
            Map.entry("C_Currency_ID", new Text("Currency", "Devise")),
            Map.entry("DateFrom", new Text("Date From", "Date de début")),
            Map.entry("DateTo", new Text("Date To", "Date de fin")),
            Map.entry("DateDoc", new Text("Document Date", "Date du document")),
            Map.entry("StartDate", new Text("Start Date", "Date de début")),
            Map.entry("DueDate", new Text("Due Date", "Échéance")),
            Map.entry("Priority", new Text("Priority", "Priorité")),
            Map.entry("Amount", new Text("Amount", "Montant")),
            Map.entry("TotalAmt", new Text("Total Amount", "Montant total")),
            Map.entry("FiscalYear", new Text("Year", "Exercice")),
            Map.entry("FileName", new Text("File Name", "Nom du fichier")),
            Map.entry("Comments", new Text("Comments", "Commentaires")),
            Map.entry("C_AcctSchema_ID", new Text("Accounting Schema", "Schéma comptable")),
            Map.entry("UseLifeYears", new Text("Depreciation years", "Durée d'amortissement (ans)")),
            Map.entry("IsGenerated", new Text("Generated", "Générée")),
            Map.entry("AD_Note_ID", new Text("Notice", "Avis")));

    private CoreLabels() {
    }
}
