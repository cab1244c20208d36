import { fileURLToPath } from 'node:url';
import { Duration, RemovalPolicy } from 'aws-cdk-lib';
import {
  AllowedMethods, CacheCookieBehavior, CacheHeaderBehavior, CachePolicy, CacheQueryStringBehavior, Distribution,
  Function as EdgeFunction, FunctionCode, FunctionEventType, FunctionRuntime, HeadersFrameOption, HeadersReferrerPolicy,
  HttpVersion, OriginRequestCookieBehavior, OriginRequestHeaderBehavior, OriginRequestPolicy, OriginRequestQueryStringBehavior,
  PriceClass, ResponseHeadersPolicy, ViewerProtocolPolicy,
} from 'aws-cdk-lib/aws-cloudfront';
import { FunctionUrlOrigin } from 'aws-cdk-lib/aws-cloudfront-origins';
import { FunctionUrlAuthType, type IFunction } from 'aws-cdk-lib/aws-lambda';
import { BlockPublicAccess, Bucket, BucketEncryption, ObjectOwnership } from 'aws-cdk-lib/aws-s3';
import { Construct } from 'constructs';
import { SESSION_COOKIE, SIGN_IN_COOKIE } from '../server/lambda-cookies.ts';
import { PUBLIC_HOST_HEADER, VIEWER_AUTHORIZATION_HEADER } from '../server/lambda-function-url.ts';

const VIEWER_REQUEST_CODE = fileURLToPath(new URL('./viewer-request.js', import.meta.url));

/** CloudFront in front of the function URL; only CloudFront may call it, and only over HTTPS. */
export class Edge extends Construct {
  readonly distribution: Distribution;
  readonly logBucket: Bucket;

  constructor(scope: Construct, id: string, server: IFunction, webAclArn?: string) {
    super(scope, id);
    const url = server.addFunctionUrl({ authType: FunctionUrlAuthType.AWS_IAM });
    this.logBucket = new Bucket(this, 'AccessLogs', {
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      encryption: BucketEncryption.S3_MANAGED,
      enforceSSL: true,
      // CloudFront's standard logs are written with an ACL grant to its log delivery account.
      objectOwnership: ObjectOwnership.BUCKET_OWNER_PREFERRED,
      lifecycleRules: [{ expiration: Duration.days(90) }],
      removalPolicy: RemovalPolicy.RETAIN,
    });
    this.distribution = new Distribution(this, 'Distribution', {
      comment: 'CloudTrail Lake imports dashboard',
      defaultBehavior: {
        // Origin access control: CloudFront signs each request for the AWS_IAM function URL.
        origin: FunctionUrlOrigin.withOriginAccessControl(url, { readTimeout: Duration.seconds(30) }),
        viewerProtocolPolicy: ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
        allowedMethods: AllowedMethods.ALLOW_ALL,
        compress: true,
        cachePolicy: this.cachePolicy(),
        originRequestPolicy: this.originRequestPolicy(),
        responseHeadersPolicy: this.responseHeadersPolicy(),
        functionAssociations: [{
          eventType: FunctionEventType.VIEWER_REQUEST,
          function: new EdgeFunction(this, 'ViewerRequest', {
            code: FunctionCode.fromFile({ filePath: VIEWER_REQUEST_CODE }),
            runtime: FunctionRuntime.JS_2_0,
            comment: 'Passes the public host and the browser Authorization to the dashboard',
          }),
        }],
      },
      httpVersion: HttpVersion.HTTP2_AND_3,
      priceClass: PriceClass.PRICE_CLASS_100,
      enableLogging: true,
      logBucket: this.logBucket,
      logFilePrefix: 'cloudfront/',
      ...(webAclArn === undefined ? {} : { webAclId: webAclArn }),
    });
  }

  /**
   * Keyed on the session cookie, so a cached asset goes only to the browser that fetched it signed
   * in; a cache policy that caches at all is what lets CloudFront compress. The page, /config and
   * the API say no-cache or no-store, and POSTs are never cached.
   */
  private cachePolicy(): CachePolicy {
    return new CachePolicy(this, 'PerSession', {
      comment: 'Per signed-in session; compressed',
      minTtl: Duration.seconds(0),
      defaultTtl: Duration.seconds(0),
      maxTtl: Duration.days(1),
      cookieBehavior: CacheCookieBehavior.allowList(SESSION_COOKIE, SIGN_IN_COOKIE),
      headerBehavior: CacheHeaderBehavior.none(),
      queryStringBehavior: CacheQueryStringBehavior.all(),
      enableAcceptEncodingGzip: true,
      enableAcceptEncodingBrotli: true,
    });
  }

  // Not the viewer's Host (the function URL needs its own) nor its x-amz-date or tokens, which would
  // clash with CloudFront's signature; x-amz-content-sha256 is the body hash that signature needs.
  private originRequestPolicy(): OriginRequestPolicy {
    return new OriginRequestPolicy(this, 'ToFunction', {
      comment: 'What the dashboard reads from a request',
      headerBehavior: OriginRequestHeaderBehavior.allowList(
        'origin', 'content-type', 'x-amz-target', 'x-amz-content-sha256', PUBLIC_HOST_HEADER, VIEWER_AUTHORIZATION_HEADER,
      ),
      cookieBehavior: OriginRequestCookieBehavior.none(),
      queryStringBehavior: OriginRequestQueryStringBehavior.none(),
    });
  }

  // The server's own headers win; these cover CloudFront's error pages, and HSTS is added to all.
  private responseHeadersPolicy(): ResponseHeadersPolicy {
    return new ResponseHeadersPolicy(this, 'SecurityHeaders', {
      comment: 'HSTS; the page security headers where CloudFront answers itself',
      securityHeadersBehavior: {
        strictTransportSecurity: { accessControlMaxAge: Duration.days(365), includeSubdomains: false, override: true },
        contentSecurityPolicy: { contentSecurityPolicy: "default-src 'none'; frame-ancestors 'none'", override: false },
        contentTypeOptions: { override: false },
        frameOptions: { frameOption: HeadersFrameOption.DENY, override: false },
        referrerPolicy: { referrerPolicy: HeadersReferrerPolicy.NO_REFERRER, override: false },
      },
    });
  }
}
