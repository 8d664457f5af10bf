using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.Extensions.Options;
using Safeguarding.Analytics.Warehouse.AppStore;

namespace Safeguarding.Analytics.Dashboard.Security;

/// <summary>
/// Data protection (cookies, antiforgery tokens) with its key ring in the app store, shared by every instance, and
/// encrypted at rest with the certificate of <c>DataProtection:CertificatePath</c> (a PKCS#12 file, its password in
/// <c>DataProtection:CertificatePassword</c>) when one is configured. Without one the keys are stored unencrypted, and
/// the app store must be protected as the keys would be.
/// </summary>
internal static class DataProtectionKeys
{
    /// <summary>The application name every instance shares: instances with different names cannot read each other's cookies.</summary>
    public const string ApplicationName = "Safeguarding.Analytics";

    public static IServiceCollection AddBoardDataProtection(this IServiceCollection services, IConfiguration configuration)
    {
        var builder = services.AddDataProtection().SetApplicationName(ApplicationName);
        services.AddSingleton<IConfigureOptions<KeyManagementOptions>>(provider => new ConfigureOptions<KeyManagementOptions>(options =>
            options.XmlRepository = new AppStoreKeyRepository(provider.GetRequiredService<IAppStore>(), provider.GetRequiredService<TimeProvider>())));

        var certificatePath = configuration["DataProtection:CertificatePath"];
        if (!string.IsNullOrWhiteSpace(certificatePath))
        {
            if (!File.Exists(certificatePath))
            {
                throw new InvalidOperationException($"DataProtection:CertificatePath names '{certificatePath}', which does not exist.");
            }

            var certificate = X509CertificateLoader.LoadPkcs12FromFile(certificatePath, configuration["DataProtection:CertificatePassword"]);
            if (!certificate.HasPrivateKey)
            {
                throw new InvalidOperationException($"The certificate in '{certificatePath}' has no private key, so the keys it encrypts could not be read back.");
            }

            builder.ProtectKeysWithCertificate(certificate).UnprotectKeysWithAnyCertificate(certificate);
        }

        return services;
    }
}
