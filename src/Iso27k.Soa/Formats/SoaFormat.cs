namespace Iso27k.Soa;

/// <summary>A file format for Statements of Applicability.</summary>
public enum SoaFormat
{
    /// <summary>The versioned JSON format (<c>docs/formats/soa.md</c>); read and written, lossless.</summary>
    Json = 1,

    /// <summary>CSV with the documented header; read and written; carries no document metadata.</summary>
    Csv = 2,

    /// <summary>An Excel workbook for auditors; written only.</summary>
    Xlsx = 3,
}
