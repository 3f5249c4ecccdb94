using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Xml;

namespace Iso27k.Soa;

/// <summary>
/// Writes a Statement of Applicability as an Excel workbook for auditors: one row per entry with the control's title
/// and theme, a bold frozen header row, filters, and readable column widths.
/// </summary>
/// <remarks>
/// Minimal SpreadsheetML written with <see cref="ZipArchive"/> and <see cref="XmlWriter"/> (no OpenXML SDK, so the
/// package stays trim- and AOT-safe). Output is deterministic: the same SoA gives the same bytes (fixed entry
/// timestamps, fixed entry order, inline strings). Characters XML cannot hold are replaced with U+FFFD.
/// </remarks>
public static class SoaXlsx
{
    private const string SheetName = "Statement of Applicability";
    private const string MainNs = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private const string RelNs = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private const string PackageRelNs = "http://schemas.openxmlformats.org/package/2006/relationships";

    // 1980-01-01 is the earliest time a zip entry can hold; fixing it makes the bytes reproducible.
    private static readonly DateTimeOffset FixedTimestamp = new(1980, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private static readonly (string Header, double Width)[] Columns =
    [
        ("Control", 10), ("Title", 48), ("Theme", 22), ("Applicable", 12), ("Inclusion reasons", 34),
        ("Exclusion justification", 48), ("Implementation status", 22), ("Owner", 22), ("Evidence", 40),
        ("Last reviewed", 14), ("Notes", 48),
    ];

    /// <summary>Writes the workbook.</summary>
    /// <param name="statement">The SoA.</param>
    /// <param name="stream">Where to write the .xlsx bytes.</param>
    public static void Write(StatementOfApplicability statement, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(statement);
        ArgumentNullException.ThrowIfNull(stream);
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            AddPart(zip, "[Content_Types].xml", WriteContentTypes);
            AddPart(zip, "_rels/.rels", WriteRootRels);
            AddPart(zip, "xl/workbook.xml", w => WriteWorkbook(w, statement.Entries.Length + 1));
            AddPart(zip, "xl/_rels/workbook.xml.rels", WriteWorkbookRels);
            AddPart(zip, "xl/styles.xml", WriteStyles);
            AddPart(zip, "xl/worksheets/sheet1.xml", w => WriteSheet(w, statement));
        }

        buffer.Position = 0;
        buffer.CopyTo(stream);
    }

    private static void AddPart(ZipArchive zip, string name, Action<XmlWriter> write)
    {
        var entry = zip.CreateEntry(name, CompressionLevel.Optimal);
        entry.LastWriteTime = FixedTimestamp;
        using var stream = entry.Open();
        var settings = new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = false, NewLineChars = "\n" };
        using var writer = XmlWriter.Create(stream, settings);
        writer.WriteStartDocument(standalone: true);
        write(writer);
        writer.WriteEndDocument();
    }

    private static void WriteContentTypes(XmlWriter w)
    {
        const string ns = "http://schemas.openxmlformats.org/package/2006/content-types";
        w.WriteStartElement("Types", ns);
        Default(w, ns, "rels", "application/vnd.openxmlformats-package.relationships+xml");
        Default(w, ns, "xml", "application/xml");
        Override(w, ns, "/xl/workbook.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml");
        Override(w, ns, "/xl/worksheets/sheet1.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml");
        Override(w, ns, "/xl/styles.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml");
        w.WriteEndElement();

        static void Default(XmlWriter w, string ns, string extension, string type)
        {
            w.WriteStartElement("Default", ns);
            w.WriteAttributeString("Extension", extension);
            w.WriteAttributeString("ContentType", type);
            w.WriteEndElement();
        }

        static void Override(XmlWriter w, string ns, string part, string type)
        {
            w.WriteStartElement("Override", ns);
            w.WriteAttributeString("PartName", part);
            w.WriteAttributeString("ContentType", type);
            w.WriteEndElement();
        }
    }

    private static void WriteRootRels(XmlWriter w)
    {
        w.WriteStartElement("Relationships", PackageRelNs);
        Relationship(w, "rId1", "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument", "xl/workbook.xml");
        w.WriteEndElement();
    }

    private static void WriteWorkbookRels(XmlWriter w)
    {
        w.WriteStartElement("Relationships", PackageRelNs);
        Relationship(w, "rId1", "http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet", "worksheets/sheet1.xml");
        Relationship(w, "rId2", "http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles", "styles.xml");
        w.WriteEndElement();
    }

    private static void Relationship(XmlWriter w, string id, string type, string target)
    {
        w.WriteStartElement("Relationship", PackageRelNs);
        w.WriteAttributeString("Id", id);
        w.WriteAttributeString("Type", type);
        w.WriteAttributeString("Target", target);
        w.WriteEndElement();
    }

    private static void WriteWorkbook(XmlWriter w, int lastRow)
    {
        w.WriteStartElement("workbook", MainNs);
        w.WriteAttributeString("xmlns", "r", null, RelNs);
        w.WriteStartElement("sheets", MainNs);
        w.WriteStartElement("sheet", MainNs);
        w.WriteAttributeString("name", SheetName);
        w.WriteAttributeString("sheetId", "1");
        w.WriteAttributeString("id", RelNs, "rId1");
        w.WriteEndElement();
        w.WriteEndElement();

        // Excel records the filter range as a hidden defined name; without it some versions drop the filter.
        w.WriteStartElement("definedNames", MainNs);
        w.WriteStartElement("definedName", MainNs);
        w.WriteAttributeString("name", "_xlnm._FilterDatabase");
        w.WriteAttributeString("localSheetId", "0");
        w.WriteAttributeString("hidden", "1");
        w.WriteString(string.Create(CultureInfo.InvariantCulture, $"'{SheetName}'!$A$1:${ColumnName(Columns.Length - 1)}${lastRow}"));
        w.WriteEndElement();
        w.WriteEndElement();
        w.WriteEndElement();
    }

    private static void WriteStyles(XmlWriter w)
    {
        w.WriteStartElement("styleSheet", MainNs);
        w.WriteStartElement("fonts", MainNs);
        w.WriteAttributeString("count", "2");
        Font(w, bold: false);
        Font(w, bold: true);
        w.WriteEndElement();

        w.WriteStartElement("fills", MainNs);
        w.WriteAttributeString("count", "2");
        foreach (var pattern in new[] { "none", "gray125" })
        {
            w.WriteStartElement("fill", MainNs);
            w.WriteStartElement("patternFill", MainNs);
            w.WriteAttributeString("patternType", pattern);
            w.WriteEndElement();
            w.WriteEndElement();
        }

        w.WriteEndElement();

        w.WriteStartElement("borders", MainNs);
        w.WriteAttributeString("count", "1");
        w.WriteStartElement("border", MainNs);
        w.WriteEndElement();
        w.WriteEndElement();

        w.WriteStartElement("cellStyleXfs", MainNs);
        w.WriteAttributeString("count", "1");
        Xf(w, font: 0, withAlignment: false);
        w.WriteEndElement();

        // Style 0: body text, wrapped and top-aligned; style 1: bold header.
        w.WriteStartElement("cellXfs", MainNs);
        w.WriteAttributeString("count", "2");
        Xf(w, font: 0, withAlignment: true);
        Xf(w, font: 1, withAlignment: true);
        w.WriteEndElement();
        w.WriteEndElement();

        static void Font(XmlWriter w, bool bold)
        {
            w.WriteStartElement("font", MainNs);
            if (bold)
            {
                w.WriteStartElement("b", MainNs);
                w.WriteEndElement();
            }

            w.WriteStartElement("sz", MainNs);
            w.WriteAttributeString("val", "11");
            w.WriteEndElement();
            w.WriteStartElement("name", MainNs);
            w.WriteAttributeString("val", "Calibri");
            w.WriteEndElement();
            w.WriteEndElement();
        }

        static void Xf(XmlWriter w, int font, bool withAlignment)
        {
            w.WriteStartElement("xf", MainNs);
            w.WriteAttributeString("numFmtId", "0");
            w.WriteAttributeString("fontId", font.ToString(CultureInfo.InvariantCulture));
            w.WriteAttributeString("fillId", "0");
            w.WriteAttributeString("borderId", "0");
            if (withAlignment)
            {
                w.WriteAttributeString("xfId", "0");
                if (font == 1)
                {
                    w.WriteAttributeString("applyFont", "1");
                }

                w.WriteAttributeString("applyAlignment", "1");
                w.WriteStartElement("alignment", MainNs);
                w.WriteAttributeString("vertical", "top");
                w.WriteAttributeString("wrapText", "1");
                w.WriteEndElement();
            }

            w.WriteEndElement();
        }
    }

    private static void WriteSheet(XmlWriter w, StatementOfApplicability soa)
    {
        var lastRow = soa.Entries.Length + 1;
        var lastColumn = ColumnName(Columns.Length - 1);
        w.WriteStartElement("worksheet", MainNs);
        w.WriteStartElement("dimension", MainNs);
        w.WriteAttributeString("ref", string.Create(CultureInfo.InvariantCulture, $"A1:{lastColumn}{lastRow}"));
        w.WriteEndElement();

        w.WriteStartElement("sheetViews", MainNs);
        w.WriteStartElement("sheetView", MainNs);
        w.WriteAttributeString("workbookViewId", "0");
        w.WriteStartElement("pane", MainNs);
        w.WriteAttributeString("ySplit", "1");
        w.WriteAttributeString("topLeftCell", "A2");
        w.WriteAttributeString("activePane", "bottomLeft");
        w.WriteAttributeString("state", "frozen");
        w.WriteEndElement();
        w.WriteStartElement("selection", MainNs);
        w.WriteAttributeString("pane", "bottomLeft");
        w.WriteAttributeString("activeCell", "A2");
        w.WriteAttributeString("sqref", "A2");
        w.WriteEndElement();
        w.WriteEndElement();
        w.WriteEndElement();

        w.WriteStartElement("cols", MainNs);
        for (var i = 0; i < Columns.Length; i++)
        {
            var index = (i + 1).ToString(CultureInfo.InvariantCulture);
            w.WriteStartElement("col", MainNs);
            w.WriteAttributeString("min", index);
            w.WriteAttributeString("max", index);
            w.WriteAttributeString("width", Columns[i].Width.ToString("0.##", CultureInfo.InvariantCulture));
            w.WriteAttributeString("customWidth", "1");
            w.WriteEndElement();
        }

        w.WriteEndElement();

        w.WriteStartElement("sheetData", MainNs);
        WriteRow(w, 1, Columns.Select(c => (string?)c.Header).ToArray(), style: 1);
        var catalog = soa.Catalog;
        var row = 2;
        foreach (var entry in soa.Entries)
        {
            catalog.TryGetControl(entry.ControlId, out var control);
            string? theme = null;
            if (control is not null)
            {
                var path = catalog.GetGroupPath(control.Id);
                theme = path[0].Title;
            }

            WriteRow(
                w,
                row++,
                [
                    entry.ControlId.ToString(),
                    control?.Title ?? "(not in this edition)",
                    theme,
                    entry.Applicability switch
                    {
                        Applicability.Applicable => "Yes",
                        Applicability.Excluded => "No",
                        _ => "Decision required",
                    },
                    string.Join("\n", entry.InclusionReasons.Select(Describe)),
                    entry.ExclusionJustification,
                    entry.ImplementationStatus is { } status ? SoaText.Describe(status) : null,
                    entry.Owner,
                    string.Join("\n", entry.Evidence),
                    entry.LastReviewed is { } reviewed ? SoaText.Format(reviewed) : null,
                    entry.Notes,
                ],
                style: 0);
        }

        w.WriteEndElement();

        w.WriteStartElement("autoFilter", MainNs);
        w.WriteAttributeString("ref", string.Create(CultureInfo.InvariantCulture, $"A1:{lastColumn}{lastRow}"));
        w.WriteEndElement();
        w.WriteEndElement();
    }

    private static string Describe(InclusionReason reason) =>
        reason.Kind == InclusionReasonKind.RiskTreatment
            ? $"{SoaText.Describe(reason.Kind)}: {string.Join(", ", reason.RiskIds)}"
            : SoaText.Describe(reason.Kind);

    private static void WriteRow(XmlWriter w, int row, string?[] values, int style)
    {
        var rowText = row.ToString(CultureInfo.InvariantCulture);
        w.WriteStartElement("row", MainNs);
        w.WriteAttributeString("r", rowText);
        for (var i = 0; i < values.Length; i++)
        {
            if (string.IsNullOrEmpty(values[i]))
            {
                continue;
            }

            w.WriteStartElement("c", MainNs);
            w.WriteAttributeString("r", ColumnName(i) + rowText);
            if (style != 0)
            {
                w.WriteAttributeString("s", style.ToString(CultureInfo.InvariantCulture));
            }

            w.WriteAttributeString("t", "inlineStr");
            w.WriteStartElement("is", MainNs);
            w.WriteStartElement("t", MainNs);
            w.WriteAttributeString("xml", "space", null, "preserve");
            w.WriteString(XmlSafe(values[i]!));
            w.WriteEndElement();
            w.WriteEndElement();
            w.WriteEndElement();
        }

        w.WriteEndElement();
    }

    // The sheet has fewer than 27 columns, so one letter suffices.
    private static string ColumnName(int index) => ((char)('A' + index)).ToString();

    private static string XmlSafe(string text)
    {
        StringBuilder? builder = null;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var ok = XmlConvert.IsXmlChar(c)
                || (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]));
            if (ok && char.IsHighSurrogate(c))
            {
                builder?.Append(c).Append(text[i + 1]);
                i++;
                continue;
            }

            if (!ok && builder is null)
            {
                builder = new StringBuilder(text.Length).Append(text, 0, i);
            }

            builder?.Append(ok ? c : '\uFFFD');
        }

        return builder?.ToString() ?? text;
    }
}
