package org.cpom.reports;

import net.sf.jasperreports.engine.JRParameter;
import net.sf.jasperreports.engine.JasperReport;
import org.cpom.testkit.ReportRenderer;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The designs against the dictionary, as the 2Pack installs it: for every AD_Process_Para of every CPOM report
 * process, the design declares each parameter name iDempiere's ReportStarter passes for it, with the exact Java
 * class ReportStarter passes (typed by {@link ReportRenderer#reportStarterType}). JasperReports refuses a value of
 * another class at fill time.
 */
class ReportProcessParametersTest {

    /** The 2Pack sources the plugin zips (relative to this module). */
    static final Path PACK_SOURCES = Path.of("..", "org.cpom.plugin", "src", "main", "pack");

    record ReportParameter(String report, String columnName, int referenceId, boolean range) {
    }

    @Test
    void everyProcessParameterIsDeclaredWithTheClassReportStarterPasses() throws Exception {
        List<ReportParameter> parameters = reportParameters();
        assertThat(parameters).extracting(ReportParameter::report).contains(ReportRenderer.REPORTS);
        List<String> wrong = new ArrayList<>();
        for (ReportParameter p : parameters) {
            JasperReport design = ReportRenderer.compile(p.report());
            Class<?> passed = ReportRenderer.reportStarterType(p.columnName(), p.referenceId());
            // a range passes <name>1 and <name>2, or <name> alone when only its start is filled
            List<String> names = p.range()
                    ? List.of(p.columnName() + "1", p.columnName() + "2", p.columnName())
                    : List.of(p.columnName());
            for (String name : names) {
                JRParameter declared = Stream.of(design.getParameters()).filter(d -> d.getName().equals(name))
                        .findFirst().orElse(null);
                if (declared == null) {
                    wrong.add(p.report() + ": " + name + " is not declared (ReportStarter passes a "
                            + passed.getName() + ")");
                } else if (!declared.getValueClass().equals(passed)) {
                    wrong.add(p.report() + ": " + name + " is declared " + declared.getValueClassName()
                            + " but ReportStarter passes " + passed.getName());
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void theYearParametersAreTypedAsIntegerReferencesAreRead() throws Exception {
        // guards the check above against a silently empty or misread 2Pack
        assertThat(reportParameters()).contains(
                new ReportParameter(ReportRenderer.BUDGET_VS_ACTUAL, "FiscalYear", ReportRenderer.INTEGER, true),
                new ReportParameter(ReportRenderer.ANNUAL_REPORT, "FiscalYear", ReportRenderer.INTEGER, false),
                new ReportParameter(ReportRenderer.CONTRACT_BUDGET, "CPOM_Contract_ID", ReportRenderer.SEARCH, false));
    }

    /** Active AD_Process_Para of the processes whose JasperReport is one of this bundle's designs, in every 2Pack. */
    static List<ReportParameter> reportParameters() throws Exception {
        List<Path> packs;
        try (Stream<Path> files = Files.walk(PACK_SOURCES)) {
            packs = files.filter(f -> f.getFileName().toString().equals("PackOut.xml")).sorted().toList();
        }
        assertThat(packs).as("PackOut.xml under " + PACK_SOURCES).isNotEmpty();
        List<ReportParameter> out = new ArrayList<>();
        for (Path pack : packs) {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            Document doc = f.newDocumentBuilder().parse(pack.toFile());
            NodeList processes = doc.getElementsByTagName("AD_Process");
            for (int i = 0; i < processes.getLength(); i++) {
                Element process = (Element) processes.item(i);
                String jasper = child(process, "JasperReport");
                String prefix = "bundle:org.cpom.reports:reports/";
                if (jasper == null || !jasper.startsWith(prefix) || !jasper.endsWith(".jrxml")) {
                    continue;
                }
                String report = jasper.substring(prefix.length(), jasper.length() - ".jrxml".length());
                String uu = child(process, "AD_Process_UU");
                NodeList paras = doc.getElementsByTagName("AD_Process_Para");
                for (int j = 0; j < paras.getLength(); j++) {
                    Element para = (Element) paras.item(j);
                    boolean nested = para.getParentNode() == process;
                    if (!nested && !uu.equals(child(para, "AD_Process_ID"))) {
                        continue;
                    }
                    if ("N".equals(child(para, "IsActive"))) {
                        continue;
                    }
                    Element ref = childElement(para, "AD_Reference_ID");
                    assertThat(ref).as(report + " parameter without AD_Reference_ID").isNotNull();
                    assertThat(ref.getAttribute("reference")).as(report + " core reference by id").isEqualTo("id");
                    out.add(new ReportParameter(report, child(para, "ColumnName"),
                            Integer.parseInt(ref.getTextContent().trim()), "Y".equals(child(para, "IsRange"))));
                }
            }
        }
        return out;
    }

    private static Element childElement(Element parent, String name) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getTagName().equals(name)) {
                return e;
            }
        }
        return null;
    }

    private static String child(Element parent, String name) {
        Element e = childElement(parent, name);
        return e == null ? null : e.getTextContent().trim();
    }
}
