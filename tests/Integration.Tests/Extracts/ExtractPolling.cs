using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace Safeguarding.Analytics.Integration.Tests.Extracts;

/// <summary>Defines and runs extracts through the API and waits for a run to finish, as the Extracts page does.</summary>
internal static class ExtractPolling
{
    /// <summary>Ids for a draft (a params array, so each call builds its own).</summary>
    public static string[] Ids(params string[] ids) => ids;

    public static async Task<JsonElement> DefineAsync(HttpClient client, object draft)
    {
        var response = await client.PostAsJsonAsync("/api/extracts", draft);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"{(int)response.StatusCode}: {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    public static async Task<long> RunNowAsync(HttpClient client, string extractId)
    {
        var response = await client.PostAsync($"/api/extracts/{extractId}/run", null);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Accepted, $"{(int)response.StatusCode}: {body}");
        return JsonDocument.Parse(body).RootElement.GetProperty("runId").GetInt64();
    }

    /// <summary>The run from the history once it is neither queued nor running.</summary>
    public static async Task<JsonElement> WaitAsync(HttpClient client, string extractId, long runId)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(60);
        while (true)
        {
            var runs = await client.GetFromJsonAsync<JsonElement>($"/api/extracts/{extractId}/runs");
            var run = runs.EnumerateArray().Single(r => r.GetProperty("id").GetInt64() == runId);
            var status = run.GetProperty("status").GetString();
            if (status is not ("queued" or "running"))
            {
                return run.Clone();
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"Extract run {runId} is still {status}: {run}");
            }

            await Task.Delay(200);
        }
    }

    /// <summary>RFC 4180 rows (quoted fields may hold commas, quotes and line breaks).</summary>
    public static List<string[]> ParseCsv(string text)
    {
        var rows = new List<string[]>();
        var row = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                row.Add(field.ToString());
                field.Clear();
            }
            else if (c == '\n')
            {
                row.Add(field.ToString().TrimEnd('\r'));
                field.Clear();
                rows.Add([.. row]);
                row.Clear();
            }
            else
            {
                field.Append(c);
            }
        }

        return rows;
    }
}
