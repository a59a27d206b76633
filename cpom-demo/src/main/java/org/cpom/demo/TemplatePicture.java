package org.cpom.demo;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.imageio.ImageIO;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Draws the first rows of a workbook's first sheet as a spreadsheet shows them (column letters, row numbers, cell
 * fills, bold cells, the sheet tabs), for the README's picture of the import template. Java2D only: no office
 * suite is needed.
 */
public final class TemplatePicture {

    private static final int ROW_HEIGHT = 22;
    private static final int HEADER_WIDTH = 40;

    private TemplatePicture() {
    }

    public static void main(String[] args) throws IOException {
        draw(Path.of(args[0]), Path.of(args[1]), args.length > 2 ? Integer.parseInt(args[2]) : 34);
    }

    /** Draws rows 1..{@code rows} of the first visible sheet of {@code xlsx} into {@code png}. */
    public static Path draw(Path xlsx, Path png, int rows) throws IOException {
        try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            Sheet sheet = wb.getSheetAt(0);
            DataFormatter fmt = new DataFormatter(java.util.Locale.FRANCE);
            int cols = 5;
            int[] widths = new int[cols];
            int total = HEADER_WIDTH;
            for (int c = 0; c < cols; c++) {
                widths[c] = Math.max(60, Math.min(560, sheet.getColumnWidth(c) * 7 / 256));
                total += widths[c];
            }
            int height = ROW_HEIGHT * (rows + 1) + 34;
            BufferedImage img = new BufferedImage(total, height, BufferedImage.TYPE_INT_RGB);
            Graphics2D g = img.createGraphics();
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, total, height);
            Font plain = new Font(Font.SANS_SERIF, Font.PLAIN, 12);
            Font bold = plain.deriveFont(Font.BOLD);
            Color grid = new Color(0xD0, 0xD0, 0xD0);
            Color chrome = new Color(0xEE, 0xEE, 0xEE);
            // column letters
            g.setColor(chrome);
            g.fillRect(0, 0, total, ROW_HEIGHT);
            g.fillRect(0, 0, HEADER_WIDTH, ROW_HEIGHT * (rows + 1));
            g.setFont(plain);
            int x = HEADER_WIDTH;
            for (int c = 0; c < cols; c++) {
                g.setColor(Color.DARK_GRAY);
                center(g, CellReference.convertNumToColString(c), x, widths[c], 0);
                x += widths[c];
            }
            for (int r = 0; r < rows; r++) {
                int y = ROW_HEIGHT * (r + 1);
                g.setColor(Color.DARK_GRAY);
                g.setFont(plain);
                center(g, String.valueOf(r + 1), 0, HEADER_WIDTH, y);
                Row row = sheet.getRow(r);
                x = HEADER_WIDTH;
                for (int c = 0; c < cols; c++) {
                    Cell cell = row == null ? null : row.getCell(c);
                    if (cell != null) {
                        CellStyle style = cell.getCellStyle();
                        XSSFColor fill = style instanceof XSSFCellStyle xs ? xs.getFillForegroundColorColor() : null;
                        if (fill != null && fill.getRGB() != null) {
                            byte[] rgb = fill.getRGB();
                            g.setColor(new Color(rgb[0] & 0xFF, rgb[1] & 0xFF, rgb[2] & 0xFF));
                            g.fillRect(x, y, widths[c], ROW_HEIGHT);
                        }
                        boolean isBold = wb.getFontAt(style.getFontIndex()).getBold();
                        short size = wb.getFontAt(style.getFontIndex()).getFontHeightInPoints();
                        g.setFont(isBold ? bold.deriveFont((float) Math.max(12, size)) : plain);
                        g.setColor(Color.BLACK);
                        String text = fmt.formatCellValue(cell);
                        // text overflows into empty neighbours, as in a spreadsheet
                        int room = widths[c];
                        for (int n = c + 1; n < cols && (row.getCell(n) == null
                                || fmt.formatCellValue(row.getCell(n)).isEmpty()); n++) {
                            room += widths[n];
                        }
                        g.drawString(fit(g.getFontMetrics(), text, room - 8), x + 4, y + 16);
                    }
                    x += widths[c];
                }
            }
            g.setColor(grid);
            g.setStroke(new BasicStroke(1));
            for (int r = 0; r <= rows + 1; r++) {
                g.drawLine(0, ROW_HEIGHT * r, total, ROW_HEIGHT * r);
            }
            x = HEADER_WIDTH;
            g.drawLine(x, 0, x, ROW_HEIGHT * (rows + 1));
            for (int c = 0; c < cols; c++) {
                x += widths[c];
                g.drawLine(x, 0, x, ROW_HEIGHT * (rows + 1));
            }
            // sheet tabs
            int ty = ROW_HEIGHT * (rows + 1) + 6;
            g.setFont(plain);
            x = 8;
            for (int i = 0; i < wb.getNumberOfSheets(); i++) {
                if (wb.isSheetHidden(i)) {
                    continue;
                }
                String name = wb.getSheetName(i);
                int w = g.getFontMetrics().stringWidth(name) + 16;
                g.setColor(i == 0 ? Color.WHITE : chrome);
                g.fillRect(x, ty, w, 22);
                g.setColor(Color.GRAY);
                g.drawRect(x, ty, w, 22);
                g.setColor(i == 0 ? new Color(0x1F, 0x6F, 0x3F) : Color.BLACK);
                g.drawString(name, x + 8, ty + 16);
                x += w + 2;
            }
            g.dispose();
            ImageIO.write(img, "png", png.toFile());
            return png;
        }
    }

    private static void center(Graphics2D g, String s, int x, int w, int y) {
        FontMetrics fm = g.getFontMetrics();
        g.drawString(s, x + (w - fm.stringWidth(s)) / 2, y + 16);
    }

    private static String fit(FontMetrics fm, String s, int width) {
        if (fm.stringWidth(s) <= width) {
            return s;
        }
        String t = s;
        while (t.length() > 1 && fm.stringWidth(t + "…") > width) {
            t = t.substring(0, t.length() - 1);
        }
        return t + "…";
    }
}
