import { ApiProperty } from '@nestjs/swagger';

export class UserOutput {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() email: string;
  @ApiProperty() name: string;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
}

export class AuthOutput {
  @ApiProperty({ type: UserOutput }) user: UserOutput;
  @ApiProperty({ description: 'Short-lived JWT for the Authorization: Bearer header' })
  accessToken: string;
}
