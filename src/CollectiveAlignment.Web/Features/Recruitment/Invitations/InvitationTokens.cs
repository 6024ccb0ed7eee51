using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.WebUtilities;

namespace CollectiveAlignment.Web.Features.Recruitment.Invitations;

/// <summary>Link tokens of invitations: 256 random bits, URL-safe base64, stored only as a SHA-256 hash.</summary>
public static class InvitationTokens
{
    /// <summary>A fresh token for an e-mailed link.</summary>
    public static string Create() => WebEncoders.Base64UrlEncode(RandomNumberGenerator.GetBytes(32));

    /// <summary>The hash to store and look tokens up by; a plain hash suffices because the token has 256 bits of entropy.</summary>
    public static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
}
