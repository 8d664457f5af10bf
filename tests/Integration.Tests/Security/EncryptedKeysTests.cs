using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.Extensions.DependencyInjection;
using Safeguarding.Analytics.Domain.Readers;
using Safeguarding.Analytics.Tests.Support;
using Safeguarding.Analytics.Warehouse.AppStore;

namespace Safeguarding.Analytics.Integration.Tests.Security;

/// <summary>With <c>DataProtection:CertificatePath</c> set, the keys in the app store are encrypted with it, and cookies still work.</summary>
public sealed class EncryptedKeysTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("sga-keys-").FullName;

    [Fact]
    public async Task Keys_are_stored_encrypted_with_the_configured_certificate_and_sign_in_still_works()
    {
        var pfx = Path.Combine(_folder, "keys.pfx");
        using (var rsa = RSA.Create(2048))
        {
            var request = new CertificateRequest("CN=Safeguarding Analytics keys", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
            using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(1));
            await File.WriteAllBytesAsync(pfx, certificate.Export(X509ContentType.Pkcs12, "pfx password"));
        }

        using var factory = new DashboardFactory(settings: new Dictionary<string, string?>
        {
            ["DataProtection:CertificatePath"] = pfx,
            ["DataProtection:CertificatePassword"] = "pfx password",
        });
        using var browser = SignInForm.Client(factory.Server);

        Assert.Equal(HttpStatusCode.Redirect, (await SignInForm.SignInAsync(browser, factory.CreateAccount(BoardRoles.BoardMember), DashboardFactory.Password)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/")).StatusCode);

        var key = Assert.Single(await factory.Services.GetRequiredService<IAppStore>().GetDataProtectionKeysAsync());
        Assert.Contains("EncryptedData", key, StringComparison.Ordinal);
        Assert.DoesNotContain("<masterKey", key, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
