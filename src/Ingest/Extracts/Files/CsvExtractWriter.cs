using System.Text;
using Safeguarding.Analytics.Ingest.Spreadsheets;
using Safeguarding.Analytics.Domain.Observations;

namespace Safeguarding.Analytics.Ingest.Extracts.Files;

/// <summary>
/// The CSV form of an extract: UTF-8 with a byte order mark (so Excel reads names like Ynys Môn correctly), RFC 4180
/// (CRLF line ends, fields quoted when they hold a comma, quote or line break), one header row then a row per figure.
/// Each line is built in one reused buffer and handed to a 64 KB writer, so memory does not grow with the extract.
/// </summary>
internal static class CsvExtractWriter
{
    private const string LineEnd = "\r\n";

    public static async Task WriteAsync(
        Stream output, ExtractRowShaper shaper, IAsyncEnumerable<Observation> observations, CancellationToken cancellationToken)
    {
        var writer = new StreamWriter(output, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), 1 << 16, leaveOpen: true);
        await using (writer.ConfigureAwait(false))
        {
            var line = new StringBuilder(512);
            for (var c = 0; c < ExtractRow.Columns.Count; c++)
            {
                line.Append(c == 0 ? string.Empty : ",").Append(SpreadsheetCells.CsvText(ExtractRow.Columns[c]));
            }

            await writer.WriteAsync(line.Append(LineEnd), cancellationToken).ConfigureAwait(false);
            await foreach (var observation in observations.WithCancellation(cancellationToken).ConfigureAwait(false))
            {
                var row = shaper.Shape(observation);
                line.Clear();
                for (var c = 0; c < ExtractRow.Columns.Count; c++)
                {
                    if (c > 0)
                    {
                        line.Append(',');
                    }

                    Append(line, row.Cell(c));
                }

                await writer.WriteAsync(line.Append(LineEnd), cancellationToken).ConfigureAwait(false);
            }

            await writer.FlushAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    private static void Append(StringBuilder line, ExtractCell cell)
    {
        if (cell.Number is { } number)
        {
            line.Append(SpreadsheetCells.CsvNumber(number));
        }
        else if (!string.IsNullOrEmpty(cell.Text))
        {
            line.Append(SpreadsheetCells.CsvText(cell.Text));
        }
    }
}
