// CloudFront Functions (cloudfront-js-2.0), on every viewer request before it reaches the function URL.
// The function URL sees CloudFront's signature in Authorization and its own name in Host, so this
// passes on what the dashboard needs under names only CloudFront sets: a viewer cannot forge them,
// because both are overwritten here on every request.
async function handler(event) {
  var headers = event.request.headers;
  headers['x-dashboard-public-host'] = { value: event.context.distributionDomainName };
  if (headers.authorization) headers['x-dashboard-viewer-authorization'] = { value: headers.authorization.value };
  else delete headers['x-dashboard-viewer-authorization'];
  return event.request;
}
