/** The links account mail carries; the web app serves the pages and calls `verifyEmail` / `resetPassword`. */
export interface AccountLinks {
  verifyEmail(token: string): string;
  resetPassword(token: string): string;
}

/** Links on the product's public origin, e.g. `https://app.example.com/verify-email?token=…`. */
export function accountLinks(publicUrl: string): AccountLinks {
  const link = (path: string, token: string) => {
    const url = new URL(path, publicUrl);
    url.searchParams.set('token', token);
    return url.toString();
  };
  return {
    verifyEmail: (token) => link('/verify-email', token),
    resetPassword: (token) => link('/reset-password', token),
  };
}
