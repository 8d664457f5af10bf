using System.Globalization;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DocumentFormat.OpenXml.Validation;

namespace Safeguarding.Analytics.Ingest.Tests.Extracts;

/// <summary>
/// A written workbook as the Open XML SDK reads it — an independent reader, as Excel would be — with each sheet as rows
/// of cells by column: text as string, numbers as double, missing cells null.
/// </summary>
internal sealed class OpenXmlWorkbook
{
    private OpenXmlWorkbook(List<string> sheetNames, Dictionary<string, List<object?[]>> sheets, Dictionary<string, Worksheet> parts, List<string> errors)
    {
        SheetNames = sheetNames;
        Sheets = sheets;
        Parts = parts;
        ValidationErrors = errors;
    }

    public IReadOnlyList<string> SheetNames { get; }

    public IReadOnlyDictionary<string, List<object?[]>> Sheets { get; }

    public IReadOnlyDictionary<string, Worksheet> Parts { get; }

    /// <summary>What the SDK's schema validator finds wrong with the package.</summary>
    public IReadOnlyList<string> ValidationErrors { get; }

    public static OpenXmlWorkbook Read(byte[] file)
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(file), isEditable: false);
        var errors = new OpenXmlValidator().Validate(document).Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}").ToList();
        var workbook = document.WorkbookPart!;
        var names = new List<string>();
        var sheets = new Dictionary<string, List<object?[]>>();
        var parts = new Dictionary<string, Worksheet>();
        foreach (var sheet in workbook.Workbook.Sheets!.Elements<Sheet>())
        {
            var worksheet = ((WorksheetPart)workbook.GetPartById(sheet.Id!)).Worksheet;
            names.Add(sheet.Name!);
            parts.Add(sheet.Name!, (Worksheet)worksheet.CloneNode(true));
            sheets.Add(sheet.Name!, [.. worksheet.Descendants<Row>().Select(ReadRow)]);
        }

        return new OpenXmlWorkbook(names, sheets, parts, errors);
    }

    private static object?[] ReadRow(Row row)
    {
        var cells = row.Elements<Cell>().ToList();
        var values = new object?[cells.Count == 0 ? 0 : cells.Max(c => Column(c.CellReference!)) + 1];
        foreach (var cell in cells)
        {
            values[Column(cell.CellReference!)] = cell.DataType?.Value == CellValues.InlineString
                ? cell.InlineString!.InnerText
                : double.Parse(cell.CellValue!.Text, CultureInfo.InvariantCulture);
        }

        return values;
    }

    private static int Column(string reference)
    {
        var column = 0;
        foreach (var c in reference.TakeWhile(char.IsLetter))
        {
            column = (column * 26) + (c - 'A' + 1);
        }

        return column - 1;
    }
}
