namespace Safeguarding.Analytics.Ingest.Extracts.Files;

/// <summary>One cell of an extract row before it is written: text, a number, or blank.</summary>
internal readonly record struct ExtractCell(string? Text, double? Number)
{
    public static ExtractCell Blank => default;

    public bool IsNumber => Number is not null;

    public bool IsBlank => Number is null && string.IsNullOrEmpty(Text);

    public static ExtractCell Of(string? text) => new(text, null);

    public static ExtractCell Of(double? number) => new(null, number);
}
