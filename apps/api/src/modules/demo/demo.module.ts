import { Module } from '@nestjs/common';
import { PasswordHasher } from '../auth/password-hasher';
import { DemoSeeder } from './demo-seeder';

@Module({ providers: [DemoSeeder, PasswordHasher] })
export class DemoModule {}
