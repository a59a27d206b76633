package org.cpom.testkit;

import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JRParameter;
import net.sf.jasperreports.engine.JasperCompileManager;
import net.sf.jasperreports.engine.JasperExportManager;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.export.ooxml.JRXlsxExporter;
import net.sf.jasperreports.engine.fill.JRSwapFileVirtualizer;
import net.sf.jasperreports.engine.util.JRSwapFile;
import net.sf.jasperreports.export.SimpleExporterInput;
import net.sf.jasperreports.export.SimpleOutputStreamExporterOutput;
import net.sf.jasperreports.export.SimpleXlsxReportConfiguration;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;

import javax.imageio.ImageIO;
import javax.sql.DataSource;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs the CPOM reports outside iDempiere exactly as iDempiere 12 starts them from a process dialog: the process
 * parameter values are taken as the parameter panel holds them (typed by the AD_Reference_ID of the process
 * parameter), stored the way the panel stores them in AD_PInstance_Para, and handed to the report the way
 * {@code org.adempiere.report.jasper.ReportStarter} reads them back; then ReportStarter's automatic parameters are
 * added and the compiled design is filled on a JDBC connection with a swap-file virtualizer. Every report test and
 * the demo fill through this class, so a design that declares a type iDempiere does not pass fails here as it
 * fails on the server.
 *
 * <p>What ReportStarter (release-12) passes, and therefore what a design must declare:
 * <ul>
 *   <li>a parameter whose name ends in {@code _ID} and holds a number: {@code Integer};</li>
 *   <li>any other number (Integer, Number, Amount, Quantity, Costs+Prices references): {@code BigDecimal};</li>
 *   <li>a date, date-time or time: {@code Timestamp};</li>
 *   <li>everything else (String, Text, List, Yes-No as "Y"/"N"): {@code String};</li>
 *   <li>a range parameter {@code X} with both ends set: {@code X1} and {@code X2}; with only the start set:
 *       {@code X}; with only the end set: nothing;</li>
 *   <li>for each parameter set: {@code X_Info1}, {@code X_Info2} and {@code X_NOT} (Strings);</li>
 *   <li>a parameter left empty is not passed at all (the design's default applies);</li>
 *   <li>automatic: RECORD_ID (Integer, only when started from a record), AD_PINSTANCE_ID, AD_CLIENT_ID,
 *       AD_ROLE_ID, AD_USER_ID (Integer), AD_CLIENT_NAME, AD_ROLE_NAME, AD_USER_NAME, AD_ORG_NAME, BASE_DIR,
 *       SUBREPORT_DIR, RESOURCE_DIR, CURRENT_LANG (String), REPORT_LOCALE (Locale), REPORT_VIRTUALIZER.</li>
 * </ul>
 *
 * <pre>
 * ReportRenderer r = new ReportRenderer(db.getDataSource());
 * byte[] pdf = r.run(ReportRenderer.BUDGET_VS_ACTUAL).client(sample.clientId()).language("fr_FR")
 *         .param("CPOM_Contract_ID", ReportRenderer.SEARCH, sample.contractId())
 *         .range("FiscalYear", ReportRenderer.INTEGER, 2013, 2017)
 *         .pdf();
 * </pre>
 */
public final class ReportRenderer {

    /** The four reports of org.cpom.reports. */
    public static final String CONTRACT_BUDGET = "ContractBudget";
    public static final String BUDGET_VS_ACTUAL = "BudgetVsActual";
    public static final String ACTION_PLAN = "ActionPlan";
    public static final String ANNUAL_REPORT = "AnnualReport";
    public static final String[] REPORTS = {CONTRACT_BUDGET, BUDGET_VS_ACTUAL, ACTION_PLAN, ANNUAL_REPORT};
    /** The deadline calendar (Échéancier CPOM) and the activity against target, with its chart. */
    public static final String DEADLINES = "Deadlines";
    public static final String ACTIVITY = "Activity";
    public static final String[] CALENDAR_REPORTS = {DEADLINES, ACTIVITY};
    /** The yearly statements from the books: ERRD, its frame lines (XLSX), the financial analysis, EPRD preparation. */
    public static final String ERRD = "ERRD";
    public static final String ERRD_FRAME = "ERRDFrame";
    public static final String FINANCIAL_ANALYSIS = "FinancialAnalysis";
    public static final String EPRD = "EPRD";
    public static final String[] FINANCE_REPORTS = {ERRD, ERRD_FRAME, FINANCIAL_ANALYSIS, EPRD};

    // AD_Reference_ID of a process parameter (iDempiere's DisplayType values, release 12)
    public static final int STRING = 10;
    public static final int INTEGER = 11;
    public static final int AMOUNT = 12;
    public static final int ID = 13;
    public static final int TEXT = 14;
    public static final int DATE = 15;
    public static final int DATE_TIME = 16;
    public static final int LIST = 17;
    public static final int TABLE = 18;
    public static final int TABLE_DIR = 19;
    public static final int YES_NO = 20;
    public static final int NUMBER = 22;
    public static final int TIME = 24;
    public static final int QUANTITY = 29;
    public static final int SEARCH = 30;
    public static final int COST_PRICE = 37;
    public static final int FILE_PATH = 38;
    public static final int FILE_NAME = 39;

    /** ReportStarter's default JASPER_SWAP_MAX_PAGES: pages kept in memory before the virtualizer swaps. */
    static final int SWAP_MAX_PAGES = 100;

    private final DataSource dataSource;
    /** Compiled designs of this renderer instance (compilation takes about a second each). */
    private final Map<String, JasperReport> compiled = new ConcurrentHashMap<>();
    /** AD_PInstance_ID of the next run (each iDempiere run has its own instance). */
    private final AtomicInteger nextInstance = new AtomicInteger(1_000_000);

    /** Folder of compiled designs kept across runs (null: compile in memory, once per renderer). */
    private final java.nio.file.Path compiledDir;

    public ReportRenderer(DataSource dataSource) {
        this(dataSource, null);
    }

    /**
     * A renderer that reuses compiled designs across runs: {@code <name>-<sha-256 of the .jrxml>.jasper} in
     * {@code compiledDir} is loaded when present (see {@link #compileAll}), else the design is compiled once and
     * saved there. A changed .jrxml has another hash, so a stale design is never used.
     */
    public ReportRenderer(DataSource dataSource, java.nio.file.Path compiledDir) {
        this.dataSource = Objects.requireNonNull(dataSource);
        this.compiledDir = compiledDir;
    }

    private JasperReport design(String name) {
        return compiledDir == null ? compile(name) : compiled(name, compiledDir);
    }

    /** Compiles every report into {@code dir} (what a build step runs so later renders only load them). */
    public static void compileAll(java.nio.file.Path dir) {
        for (String name : REPORTS) {
            compiled(name, dir);
        }
        for (String name : CALENDAR_REPORTS) {
            compiled(name, dir);
        }
        for (String name : FINANCE_REPORTS) {
            compiled(name, dir);
        }
    }

    /** The compiled design of {@code name} kept in {@code dir}, compiled and saved there when missing. */
    static JasperReport compiled(String name, java.nio.file.Path dir) {
        byte[] jrxml = jrxml(name);
        String hash;
        try {
            hash = java.util.HexFormat.of().formatHex(
                    java.security.MessageDigest.getInstance("SHA-256").digest(jrxml)).substring(0, 16);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        java.nio.file.Path file = dir.resolve(name + "-" + hash + ".jasper");
        try {
            if (java.nio.file.Files.isRegularFile(file)) {
                return (JasperReport) net.sf.jasperreports.engine.util.JRLoader.loadObject(file.toFile());
            }
            JasperReport report = JasperCompileManager.compileReport(new java.io.ByteArrayInputStream(jrxml));
            java.nio.file.Files.createDirectories(dir);
            java.nio.file.Path tmp = java.nio.file.Files.createTempFile(dir, name, ".tmp");
            net.sf.jasperreports.engine.util.JRSaver.saveObject(report, tmp.toFile());
            java.nio.file.Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            return report;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (JRException e) {
            throw new IllegalStateException("Cannot compile or load " + name + ": " + e.getMessage(), e);
        }
    }

    private static byte[] jrxml(String name) {
        ClassLoader cl = Objects.requireNonNullElse(Thread.currentThread().getContextClassLoader(),
                ReportRenderer.class.getClassLoader());
        try (InputStream in = cl.getResourceAsStream("reports/" + name + ".jrxml")) {
            if (in == null) {
                throw new IllegalStateException("reports/" + name + ".jrxml is not on the classpath "
                        + "(add the org.cpom.reports bundle)");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * One value of an AD_Process_Para as iDempiere's parameter panel holds it.
     *
     * @param columnName  AD_Process_Para.ColumnName
     * @param referenceId AD_Process_Para.AD_Reference_ID (one of the constants of this class)
     * @param range       AD_Process_Para.IsRange
     * @param value       the (start) value: Integer for Integer and ID references, a number for the other numeric
     *                    references, LocalDate/LocalDateTime/Timestamp for dates, Boolean for Yes-No, String
     *                    otherwise; null when left empty
     * @param valueTo     the end of a range, or null
     */
    public record ProcessParameter(String columnName, int referenceId, boolean range, Object value, Object valueTo) {
        public ProcessParameter {
            Objects.requireNonNull(columnName, "columnName");
            if (!range && valueTo != null) {
                throw new IllegalArgumentException(columnName + " is not a range parameter: no end value");
            }
            editorValue(columnName, referenceId, value);
            editorValue(columnName, referenceId, valueTo);
        }
    }

    /** Starts describing a run of a report ({@code reports/<name>.jrxml}). */
    public Run run(String report) {
        return new Run(report);
    }

    /** A report run: session, record and process parameters; then fill, pdf or xlsx. */
    public final class Run {
        private final String report;
        private Integer clientId;
        private String language = "fr_FR";
        private int recordId;
        private int roleId;
        private int userId = 100;
        private final List<ProcessParameter> parameters = new ArrayList<>();

        private Run(String report) {
            this.report = Objects.requireNonNull(report);
        }

        /** AD_Client_ID of the session (required). */
        public Run client(int adClientId) {
            this.clientId = adClientId;
            return this;
        }

        /** AD_Language of the session, e.g. {@code fr_FR} (default) or {@code en_US}. */
        public Run language(String adLanguage) {
            this.language = Objects.requireNonNull(adLanguage);
            return this;
        }

        /** Started from a record (toolbar button of a tab): ReportStarter passes RECORD_ID. */
        public Run record(int recordId) {
            this.recordId = recordId;
            return this;
        }

        /** AD_Role_ID and AD_User_ID of the session (defaults 0 and SuperUser 100; the designs do not use them). */
        public Run user(int adRoleId, int adUserId) {
            this.roleId = adRoleId;
            this.userId = adUserId;
            return this;
        }

        /** A single-value process parameter as the panel holds it (null: left empty). */
        public Run param(String columnName, int referenceId, Object value) {
            parameters.add(new ProcessParameter(columnName, referenceId, false, value, null));
            return this;
        }

        /** A range process parameter (IsRange=Y) as the panel holds its two fields (null: left empty). */
        public Run range(String columnName, int referenceId, Object from, Object to) {
            parameters.add(new ProcessParameter(columnName, referenceId, true, from, to));
            return this;
        }

        /** The parameter map ReportStarter hands to the filler (without the virtualizer). */
        public Map<String, Object> parameters() {
            if (clientId == null) {
                throw new IllegalStateException("client(...) is required: ReportStarter always passes AD_CLIENT_ID");
            }
            Map<String, Object> params = new HashMap<>(reportStarterParameters(parameters));
            // the order of ReportStarter.startProcess0: process parameters first, then the automatic ones
            String related = "bundle:org.cpom.reports:reports/";
            params.put("SUBREPORT_DIR", related);
            params.put("RESOURCE_DIR", related);
            if (recordId > 0) {
                params.put("RECORD_ID", recordId);
            }
            params.put("AD_PINSTANCE_ID", nextInstance.getAndIncrement());
            params.put("AD_CLIENT_ID", clientId);
            params.put("AD_ROLE_ID", roleId);
            params.put("AD_USER_ID", userId);
            params.put("AD_CLIENT_NAME", "");
            params.put("AD_ROLE_NAME", "");
            params.put("AD_USER_NAME", "");
            params.put("AD_ORG_NAME", "");
            params.put("BASE_DIR", "reports");
            // a process parameter AD_Language (or CURRENT_LANG) overrides the session language, as in ReportStarter
            Object langParam = params.get("AD_Language") != null ? params.get("AD_Language") : params.get("CURRENT_LANG");
            String lang = langParam != null ? langParam.toString() : language;
            params.put("CURRENT_LANG", lang);
            params.put(JRParameter.REPORT_LOCALE, Locale.forLanguageTag(lang.replace('_', '-')));
            return params;
        }

        /** Fills the report on a new read-only connection, as ReportStarter does (virtualizer included). */
        public JasperPrint fill() {
            JasperReport design = compiled.computeIfAbsent(report, ReportRenderer.this::design);
            Map<String, Object> params = parameters();
            JRSwapFileVirtualizer virtualizer = new JRSwapFileVirtualizer(SWAP_MAX_PAGES,
                    new JRSwapFile(System.getProperty("java.io.tmpdir"), 1024, 1024), true);
            params.put(JRParameter.REPORT_VIRTUALIZER, virtualizer);
            try (Connection c = dataSource.getConnection()) {
                c.setReadOnly(true);
                JasperPrint print = JasperFillManager.fillReport(design, params, c);
                // pages stay readable for any number of exports; the swap file goes with the JVM
                virtualizer.setReadOnly(true);
                return print;
            } catch (SQLException | JRException e) {
                virtualizer.cleanup();
                throw new IllegalStateException("Cannot fill " + report + ": " + e.getMessage(), e);
            }
        }

        /** Fills and exports to PDF. */
        public byte[] pdf() {
            return toPdf(fill());
        }

        /** Fills and exports to XLSX. */
        public byte[] xlsx() {
            return toXlsx(fill());
        }
    }

    /**
     * The process-parameter part of ReportStarter's map: each value typed as the parameter panel holds it
     * (by reference), saved as AD_PInstance_Para does (P_String/P_Number/P_Date and their _To), and read back as
     * ReportStarter.addProcessParameters reads it.
     */
    public static Map<String, Object> reportStarterParameters(List<ProcessParameter> parameters) {
        Map<String, Object> params = new LinkedHashMap<>();
        for (ProcessParameter p : parameters) {
            InstancePara para = save(p);
            if (para == null) {
                continue; // the panel saves only parameters that are set
            }
            String name = p.columnName();
            if (para.pString != null) {
                if (para.pStringTo != null) {
                    params.put(name + "1", para.pString);
                    params.put(name + "2", para.pStringTo);
                } else {
                    params.put(name, para.pString);
                }
            } else if (para.pDate != null) {
                if (para.pDateTo != null) {
                    params.put(name + "1", para.pDate);
                    params.put(name + "2", para.pDateTo);
                } else {
                    params.put(name, para.pDate);
                }
            } else if (para.pNumber != null) {
                boolean id = name.endsWith("_ID");
                if (para.pNumberTo != null) {
                    params.put(name + "1", id ? (Object) para.pNumber.intValue() : para.pNumber);
                    params.put(name + "2", id ? (Object) para.pNumberTo.intValue() : para.pNumberTo);
                } else {
                    params.put(name, id ? (Object) para.pNumber.intValue() : para.pNumber);
                }
            }
            params.put(name + "_Info1", para.info != null ? para.info : "");
            params.put(name + "_Info2", para.infoTo != null ? para.infoTo : "");
            params.put(name + "_NOT", "N");
        }
        return params;
    }

    /**
     * The Java class ReportStarter passes for a parameter of this name and reference when it is set (a range passes
     * it as {@code <name>1} and {@code <name>2}).
     */
    public static Class<?> reportStarterType(String columnName, int referenceId) {
        Object sample = switch (referenceId) {
            case INTEGER, ID, TABLE, TABLE_DIR, SEARCH -> 1;
            case AMOUNT, NUMBER, QUANTITY, COST_PRICE -> BigDecimal.ONE;
            case DATE, DATE_TIME, TIME -> LocalDate.of(2015, 1, 1);
            case YES_NO -> Boolean.TRUE;
            default -> "x";
        };
        Object value = reportStarterParameters(List.of(new ProcessParameter(columnName, referenceId, false, sample,
                null))).get(columnName);
        return value.getClass();
    }

    /** AD_PInstance_Para columns as the panel writes them. */
    private record InstancePara(String pString, String pStringTo, BigDecimal pNumber, BigDecimal pNumberTo,
                                Timestamp pDate, Timestamp pDateTo, String info, String infoTo) {
    }

    /** ProcessParameterPanel.saveParameters: null when the parameter is not saved (left empty). */
    private static InstancePara save(ProcessParameter p) {
        Object result = editorValue(p.columnName(), p.referenceId(), p.value());
        Object result2 = p.range() ? editorValue(p.columnName(), p.referenceId(), p.valueTo()) : null;
        if (result == null && result2 == null) {
            return null;
        }
        if (result instanceof String s && s.isEmpty() && (result2 == null || ((String) result2).isEmpty())) {
            return null;
        }
        String info = result == null ? null : String.valueOf(result);
        String infoTo = p.range() ? (result2 == null ? null : String.valueOf(result2)) : null;
        if (result instanceof Timestamp || result2 instanceof Timestamp) {
            return new InstancePara(null, null, null, null, (Timestamp) result, (Timestamp) result2, info, infoTo);
        }
        if (result instanceof Integer || result2 instanceof Integer) {
            return new InstancePara(null, null, result == null ? null : new BigDecimal((Integer) result),
                    result2 == null ? null : new BigDecimal((Integer) result2), null, null, info, infoTo);
        }
        if (result instanceof BigDecimal || result2 instanceof BigDecimal) {
            return new InstancePara(null, null, (BigDecimal) result, (BigDecimal) result2, null, null, info, infoTo);
        }
        if (result instanceof Boolean b) {
            return new InstancePara(b ? "Y" : "N", null, null, null, null, null, info, infoTo);
        }
        return new InstancePara(result == null ? null : result.toString(),
                result2 == null ? null : result2.toString(), null, null, null, null, info, infoTo);
    }

    /** The value the parameter panel's editor holds for this reference (WNumberEditor, WDateEditor, ...). */
    static Object editorValue(String column, int referenceId, Object raw) {
        if (raw == null) {
            return null;
        }
        return switch (referenceId) {
            case INTEGER, ID, TABLE, TABLE_DIR, SEARCH -> integer(column, raw);
            case AMOUNT, NUMBER, QUANTITY, COST_PRICE -> decimal(column, raw);
            case DATE -> timestamp(column, raw, true);
            case DATE_TIME, TIME -> timestamp(column, raw, false);
            case YES_NO -> {
                if (raw instanceof Boolean) {
                    yield raw;
                }
                throw wrongValue(column, referenceId, raw, "a Boolean");
            }
            case STRING, TEXT, LIST, FILE_PATH, FILE_NAME -> {
                if (raw instanceof CharSequence) {
                    yield raw.toString();
                }
                throw wrongValue(column, referenceId, raw, "a String");
            }
            default -> throw new IllegalArgumentException(column + ": AD_Reference_ID " + referenceId
                    + " is not modelled by ReportRenderer");
        };
    }

    private static Integer integer(String column, Object raw) {
        if (raw instanceof Integer || raw instanceof Short || raw instanceof Byte) {
            return ((Number) raw).intValue();
        }
        if (raw instanceof Long || raw instanceof BigInteger || raw instanceof BigDecimal) {
            try {
                return new BigDecimal(raw.toString()).intValueExact();
            } catch (ArithmeticException e) {
                throw wrongValue(column, INTEGER, raw, "an integer");
            }
        }
        throw wrongValue(column, INTEGER, raw, "an integer");
    }

    private static BigDecimal decimal(String column, Object raw) {
        if (raw instanceof BigDecimal d) {
            return d;
        }
        if (raw instanceof Number n) {
            return new BigDecimal(n.toString());
        }
        throw wrongValue(column, NUMBER, raw, "a number");
    }

    private static Timestamp timestamp(String column, Object raw, boolean dayOnly) {
        LocalDateTime t;
        if (raw instanceof LocalDate d) {
            t = d.atStartOfDay();
        } else if (raw instanceof LocalDateTime dt) {
            t = dt;
        } else if (raw instanceof java.util.Date d) {
            t = new Timestamp(d.getTime()).toLocalDateTime();
        } else {
            throw wrongValue(column, DATE, raw, "a date");
        }
        return Timestamp.valueOf(dayOnly ? t.toLocalDate().atStartOfDay() : t);
    }

    private static IllegalArgumentException wrongValue(String column, int referenceId, Object raw, String expected) {
        return new IllegalArgumentException(column + " (AD_Reference_ID " + referenceId + ") holds " + expected
                + ", not " + raw.getClass().getName() + " " + raw);
    }

    /** Compiles {@code reports/<name>.jrxml} from the classpath. */
    public static JasperReport compile(String name) {
        ClassLoader cl = Objects.requireNonNullElse(Thread.currentThread().getContextClassLoader(),
                ReportRenderer.class.getClassLoader());
        try (InputStream in = cl.getResourceAsStream("reports/" + name + ".jrxml")) {
            if (in == null) {
                throw new IllegalStateException("reports/" + name + ".jrxml is not on the classpath "
                        + "(add the org.cpom.reports bundle)");
            }
            return JasperCompileManager.compileReport(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (JRException e) {
            throw new IllegalStateException("Cannot compile " + name + ": " + e.getMessage(), e);
        }
    }

    public static byte[] toPdf(JasperPrint print) {
        try {
            return JasperExportManager.exportReportToPdf(print);
        } catch (JRException e) {
            throw new IllegalStateException("PDF export failed: " + e.getMessage(), e);
        }
    }

    public static byte[] toXlsx(JasperPrint print) {
        JRXlsxExporter exporter = new JRXlsxExporter();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exporter.setExporterInput(new SimpleExporterInput(print));
        exporter.setExporterOutput(new SimpleOutputStreamExporterOutput(out));
        SimpleXlsxReportConfiguration conf = new SimpleXlsxReportConfiguration();
        conf.setDetectCellType(true);
        conf.setOnePagePerSheet(false);
        exporter.setConfiguration(conf);
        try {
            exporter.exportReport();
        } catch (JRException e) {
            throw new IllegalStateException("XLSX export failed: " + e.getMessage(), e);
        }
        return out.toByteArray();
    }

    /** Text of a PDF; narrow and no-break spaces (French number grouping) become plain spaces. */
    public static String pdfText(byte[] pdf) {
        try (PDDocument doc = PDDocument.load(pdf)) {
            return plainSpaces(new PDFTextStripper().getText(doc));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static int pdfPages(byte[] pdf) {
        try (PDDocument doc = PDDocument.load(pdf)) {
            return doc.getNumberOfPages();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Renders page 1 of a PDF to a PNG file (parent folders created). */
    public static Path renderFirstPage(byte[] pdf, Path png) {
        try (PDDocument doc = PDDocument.load(pdf)) {
            BufferedImage img = new PDFRenderer(doc).renderImageWithDPI(0, 110, ImageType.RGB);
            Path parent = png.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            ImageIO.write(img, "png", png.toFile());
            return png;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String plainSpaces(String s) {
        return s.replace('\u202F', ' ').replace('\u00A0', ' ');
    }
}
