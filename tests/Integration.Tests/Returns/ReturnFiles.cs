using System.Globalization;
using System.Text;

namespace Safeguarding.Analytics.Integration.Tests.Returns;

/// <summary>Police quarterly returns for Herefordshire, written as a data lead would, with consistent figures.</summary>
internal static class ReturnFiles
{
    public const string Header = "indicator_id,area_code,period,value,numerator,denominator,status,note";

    /// <summary>Police's five quarterly indicators for one quarter; <paramref name="shift"/> changes every figure a little.</summary>
    public static string Police(string quarter, int shift = 0)
    {
        var text = new StringBuilder(Header).Append('\n');
        Row(text, "repeat_da_pct", quarter, 30 + shift, 120, 100);
        Row(text, "da_incidents_children_rate_per_10k", quarter, 410 + shift, 36_000, 10_000);
        Row(text, "marac_cases_rate_per_10k", quarter, 40 + shift, 150_000, 10_000);
        Row(text, "da_notifications_timely_pct", quarter, 380 + shift, 400, 100);
        Row(text, "exploitation_risk_rate_per_10k", quarter, 25 + shift, 36_000, 10_000);
        return text.ToString();
    }

    public static ByteArrayContent Content(string text) => new(Encoding.UTF8.GetBytes(text));

    public static MultipartFormDataContent Form(byte[] file, string fileName, string? agency = null, string? period = null)
    {
        var form = new MultipartFormDataContent { { new ByteArrayContent(file), "file", fileName } };
        if (agency is not null)
        {
            form.Add(new StringContent(agency), "agency");
        }

        if (period is not null)
        {
            form.Add(new StringContent(period), "period");
        }

        return form;
    }

    public static MultipartFormDataContent Form(string csv, string fileName = "police.csv", string? agency = null, string? period = null) =>
        Form(Encoding.UTF8.GetBytes(csv), fileName, agency, period);

    private static void Row(StringBuilder text, string indicator, string quarter, int numerator, int denominator, int multiplier)
    {
        var value = Math.Round((double)numerator / denominator * multiplier, 1);
        text.Append(CultureInfo.InvariantCulture, $"{indicator},E06000019,{quarter},{value.ToString("0.0", CultureInfo.InvariantCulture)},{numerator},{denominator},final,\n");
    }
}
