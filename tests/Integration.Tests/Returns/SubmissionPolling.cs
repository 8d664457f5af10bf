using System.Net.Http.Json;
using System.Text.Json;

namespace Safeguarding.Analytics.Integration.Tests.Returns;

/// <summary>Sends a return through the API and waits for the job's decision, as the Submissions page does.</summary>
internal static class SubmissionPolling
{
    public static async Task<JsonElement> SendAndWaitAsync(HttpClient client, MultipartFormDataContent form, TimeSpan? timeout = null)
    {
        var response = await client.PostAsync("/api/returns", form);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == System.Net.HttpStatusCode.Accepted, $"{(int)response.StatusCode}: {body}");
        var id = JsonDocument.Parse(body).RootElement.GetProperty("id").GetInt64();
        return await WaitAsync(client, id, timeout);
    }

    /// <summary>The submission with its problems once it is decided: no longer received, processing or retrying.</summary>
    public static async Task<JsonElement> WaitAsync(HttpClient client, long id, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(60));
        while (true)
        {
            var detail = await client.GetFromJsonAsync<JsonElement>($"/api/submissions/{id}");
            var status = detail.GetProperty("submission").GetProperty("status").GetString();
            if (status is not ("received" or "processing" or "retrying"))
            {
                return detail;
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"Submission {id} is still {status}: {detail}");
            }

            await Task.Delay(200);
        }
    }

    public static string Status(JsonElement detail) => detail.GetProperty("submission").GetProperty("status").GetString()!;
}
